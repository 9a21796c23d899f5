package org.coffeechat.pdf;

import java.util.Objects;

/** A piece of text in one style; a paragraph is a list of spans. */
public record Span(String text, TextStyle style) {
    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }
}
