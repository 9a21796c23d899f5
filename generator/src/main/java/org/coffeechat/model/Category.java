package org.coffeechat.model;

import org.coffeechat.diag.SourceLocation;

/** A category of the question bank. */
public record Category(String id, String title, int order, String description, SourceLocation source) {
}
