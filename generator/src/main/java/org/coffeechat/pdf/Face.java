package org.coffeechat.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.Arrays;

/**
 * One TrueType font file, ready to measure and to embed: which characters it has and how wide
 * each is, read once into arrays so that laying out a page never looks a character up twice.
 * Immutable once made and shared by every document and thread; each document embeds only the
 * glyphs it uses (a subset whose tag comes from {@link SubsetTags}).
 */
public final class Face {

    /** The compression of the embedded subsets: the fastest level; font programs compress well anyway. */
    private static final int FONT_COMPRESSION = 1;

    private final String name;
    private final BaseFont font;
    /** Advance widths of the Basic Multilingual Plane in thousandths of an em; -1 where the font has no glyph. */
    private final short[] widths;
    private final float ascent;
    private final float descent;
    private final boolean bold;
    private final boolean italic;

    private Face(String name, BaseFont font, short[] widths, boolean bold, boolean italic) {
        this.name = name;
        this.font = font;
        this.widths = widths;
        this.bold = bold;
        this.italic = italic;
        this.ascent = font.getFontDescriptor(BaseFont.ASCENT, 1f);
        this.descent = -font.getFontDescriptor(BaseFont.DESCENT, 1f);
    }

    /**
     * Reads a TrueType font ({@code .ttf}, or {@code .otf} with TrueType outlines).
     *
     * @param name   how the font is named in messages
     * @param bold   whether this is the family's bold face (a face used for bold that is not gets a drawn bold)
     * @param italic whether this is the family's italic face
     * @throws FontException when the bytes are not a font OpenPDF can embed
     */
    public static Face read(String name, byte[] bytes, boolean bold, boolean italic) {
        BaseFont font;
        try {
            font = BaseFont.createFont(name.endsWith(".ttf") || name.endsWith(".otf") ? name : name + ".ttf",
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException | RuntimeException e) {
            // A damaged file makes OpenPDF throw anything from its own DocumentException to an index out of bounds.
            throw new FontException(name + " is not a TrueType font coffeechat can embed (" + reason(e) + ")");
        }
        if (font.getFontType() != BaseFont.FONT_TYPE_TTUNI) {
            throw new FontException(name + " is not a TrueType font coffeechat can embed");
        }
        font.setSubset(true);
        font.setCompressionLevel(FONT_COMPRESSION);
        font.setSecureRandom(SubsetTags.INSTANCE);
        short[] widths = new short[0x10000];
        Arrays.fill(widths, (short) -1);
        int glyphs = 0;
        for (int c = 0; c < 0x10000; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            if (font.charExists(c)) {
                widths[c] = (short) Math.min(Short.MAX_VALUE, font.getWidth(c));
                glyphs++;
            }
        }
        if (glyphs == 0) {
            throw new FontException(name + " has no characters coffeechat can use (no Unicode character map)");
        }
        return new Face(name, font, widths, bold, italic);
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    /** How the face is named in messages: its file name. */
    public String name() {
        return name;
    }

    BaseFont font() {
        return font;
    }

    public boolean isBold() {
        return bold;
    }

    public boolean isItalic() {
        return italic;
    }

    /** Whether the font draws {@code c}; characters beyond the Basic Multilingual Plane are asked of the font itself. */
    public boolean has(int c) {
        return c < 0x10000 ? widths[c] >= 0 : font.charExists(c);
    }

    /** The advance width of {@code c} in thousandths of an em (0 if the font lacks it). */
    public int advance(int c) {
        if (c < 0x10000) {
            return Math.max(0, widths[c]);
        }
        return font.charExists(c) ? font.getWidth(c) : 0;
    }

    /** The width of {@code text} at {@code size} points. */
    public float width(CharSequence text, float size) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sum += Math.max(0, widths[c]);
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
