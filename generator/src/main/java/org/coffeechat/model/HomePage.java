package org.coffeechat.model;

import org.coffeechat.diag.SourceLocation;

/** The home page's own text. */
public record HomePage(String title, String summary, RenderedMarkdown body, SourceLocation source) {
}
