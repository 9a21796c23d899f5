package org.coffeechat.pdf;

/**
 * One TrueType font file, ready to measure and to embed: which characters it has and how wide
 * each is, read once into arrays so that laying out a page never looks a character up twice.
 * Immutable once made and shared by every document and thread; each document embeds only the
 * glyphs it uses ({@link FontSubset}).
 */
public final class Face {

    private final String name;
    private final TrueTypeFont font;
    /** Advance widths of the Basic Multilingual Plane in thousandths of an em; -1 where the font has no glyph. */
    private final short[] widths;
    private final float ascent;
    private final float descent;
    private final boolean bold;
    private final boolean italic;
    /** The face as the JDK's shaper sees it, made on first need (most text is never shaped). */
    private volatile java.awt.Font shaping;

    private Face(String name, TrueTypeFont font, short[] widths, boolean bold, boolean italic) {
        this.name = name;
        this.font = font;
        this.widths = widths;
        this.bold = bold;
        this.italic = italic;
        this.ascent = font.ascent() / 1000f;
        this.descent = -font.descent() / 1000f;
    }

    /**
     * Reads a TrueType font ({@code .ttf}, or {@code .otf} with TrueType outlines).
     *
     * @param name   how the font is named in messages
     * @param bold   whether this is the family's bold face (a face used for bold that is not gets a drawn bold)
     * @param italic whether this is the family's italic face
     * @throws FontException when the bytes are not a font coffeechat can embed
     */
    public static Face read(String name, byte[] bytes, boolean bold, boolean italic) {
        TrueTypeFont font;
        try {
            font = new TrueTypeFont(bytes);
        } catch (TrueTypeFont.Unusable e) {
            throw new FontException(name + " is not a TrueType font coffeechat can embed: " + e.getMessage());
        } catch (RuntimeException e) {
            // A damaged table sends a read past its end.
            throw new FontException(name + " is not a TrueType font coffeechat can embed: it is damaged");
        }
        short[] widths = new short[0x10000];
        int glyphs = 0;
        for (int c = 0; c < 0x10000; c++) {
            int glyph = font.glyph(c);
            if (glyph == 0) {
                widths[c] = -1;
            } else {
                widths[c] = (short) Math.min(Short.MAX_VALUE, font.advance(glyph));
                glyphs++;
            }
        }
        if (glyphs == 0) {
            throw new FontException(name + " has no characters coffeechat can use");
        }
        return new Face(name, font, widths, bold, italic);
    }

    /** How the face is named in messages: its file name. */
    public String name() {
        return name;
    }

    TrueTypeFont font() {
        return font;
    }

    public boolean isBold() {
        return bold;
    }

    public boolean isItalic() {
        return italic;
    }

    /**
     * The font for {@link Shaper}: a {@link java.awt.Font} made from this face's own file, so its
     * glyph numbers are the ones embedded. Made once per face and shared.
     */
    java.awt.Font awtFont() {
        java.awt.Font f = shaping;
        if (f == null) {
            synchronized (this) {
                f = shaping;
                if (f == null) {
                    try {
                        f = Shaper.font(font.bytes());
                    } catch (java.io.IOException | java.awt.FontFormatException e) {
                        throw new FontException(name + " cannot be read by the JDK's text shaper: " + e.getMessage());
                    }
                    shaping = f;
                }
            }
        }
        return f;
    }

    /** Whether the font draws {@code c}. */
    public boolean has(int c) {
        return c < 0x10000 ? c >= 0 && widths[c] >= 0 : font.glyph(c) != 0;
    }

    /** The advance width of {@code c} in thousandths of an em (0 if the font lacks it). */
    public int advance(int c) {
        if (c < 0x10000) {
            return Math.max(0, widths[c]);
        }
        int glyph = font.glyph(c);
        return glyph == 0 ? 0 : font.advance(glyph);
    }

    /** The width of {@code text} at {@code size} points. */
    public float width(CharSequence text, float size) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += Math.max(0, widths[text.charAt(i)]);
        }
        return sum * size / 1000f;
    }

    /** How far the font rises above the baseline, in ems. */
    public float ascent() {
        return ascent;
    }

    /** How far the font reaches below the baseline, in ems (positive). */
    public float descent() {
        return descent;
    }

    @Override
    public String toString() {
        return name;
    }

    /** A font file that cannot be used. */
    public static final class FontException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FontException(String message) {
            super(message);
        }
    }
}
