package org.coffeechat.model;

/** HTML that coffeechat produced itself (from Markdown): templates print it unescaped. */
public record Html(String markup) {
}
