package org.coffeechat.model;

import org.coffeechat.diag.SourceLocation;

/** A frequently asked question and its Markdown answer. */
public record FaqEntry(String id, String question, RenderedMarkdown answer, SourceLocation source) {
}
