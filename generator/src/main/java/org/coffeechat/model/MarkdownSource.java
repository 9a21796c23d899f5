package org.coffeechat.model;

import org.coffeechat.diag.SourceLocation;

/** Markdown as written, and where its first line stands in its file. */
public record MarkdownSource(String text, SourceLocation start) {
}
