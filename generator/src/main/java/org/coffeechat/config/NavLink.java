package org.coffeechat.config;

import org.coffeechat.diag.SourceLocation;

/** An entry of the site navigation: an internal path such as {@code /questions/} or an external URL. */
public record NavLink(String title, String url, SourceLocation source) {
}
