package org.coffeechat.view;

import org.coffeechat.view.Views.PageMeta;
import org.coffeechat.view.Views.SiteView;

/** One output page: where it goes, which kind of template renders it, and what that template sees. */
public record PageToRender(String url, PageKind kind, SiteView site, PageMeta page, Record view) {
}
