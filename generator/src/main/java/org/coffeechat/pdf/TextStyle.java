package org.coffeechat.pdf;

import java.awt.Color;
import java.util.Objects;

/**
 * How a run of text looks: family, weight, style, size in points, colour, and the height of a
 * line as a multiple of the size.
 */
public record TextStyle(FontFamily family, boolean bold, boolean italic, float size, Color color, float leading) {

    public TextStyle {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(color, "color");
        if (size <= 0 || leading <= 0) {
            throw new IllegalArgumentException("size and leading must be positive");
        }
    }

    public TextStyle withSize(float newSize) {
        return new TextStyle(family, bold, italic, newSize, color, leading);
    }

    public TextStyle withColor(Color newColor) {
        return new TextStyle(family, bold, italic, size, newColor, leading);
    }

    public TextStyle withBold(boolean newBold) {
        return new TextStyle(family, newBold, italic, size, color, leading);
    }

    public TextStyle withItalic(boolean newItalic) {
        return new TextStyle(family, bold, newItalic, size, color, leading);
    }

    public TextStyle withFamily(FontFamily newFamily) {
        return new TextStyle(newFamily, bold, italic, size, color, leading);
    }

    public TextStyle withLeading(float newLeading) {
        return new TextStyle(family, bold, italic, size, color, newLeading);
    }

    /** The same style with the size (and so the line height) multiplied by {@code factor}. */
    public TextStyle scaled(float factor) {
        return withSize(size * factor);
    }

    /** The height of one line of this style, in points. */
    public float lineHeight() {
        return size * leading;
    }

    Face face() {
        return family.face(bold, italic);
    }
}
