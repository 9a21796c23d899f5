package org.coffeechat.model;

import org.coffeechat.diag.SourceLocation;

/**
 * A link written in content. For an internal link, {@code targetUrl} is the site path it points
 * to (for example {@code steps/prepare/research.html}) and {@code anchor} the part after
 * {@code #} (may be empty); for an external one {@code targetUrl} is null.
 */
public record Link(String written, String targetUrl, String anchor, boolean external, SourceLocation location) {
}
