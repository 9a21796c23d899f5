package org.coffeechat.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;

/**
 * Shapes a run of text with the font's OpenType tables: joining forms, ligatures, conjuncts,
 * reordered vowel signs and mark positioning. The shaping is the JDK's own ({@link
 * Font#layoutGlyphVector}, which runs HarfBuzz inside OpenJDK), over a {@link Font} made from the
 * very bytes coffeechat embeds, so the glyph numbers it returns are those of the embedded font.
 * Only runs that need it are shaped ({@link #needsShaping}); Latin, Greek, Cyrillic, CJK and Hangul
 * text is set a character at a time from the font's character map, which is what HarfBuzz would
 * give for those fonts too (they carry no kerning coffeechat turns on). Thread-safe.
 */
final class Shaper {

    /**
     * Text space of the shaped font: at 1000 points, a position in points is in thousandths of an
     * em, the unit of PDF glyph widths.
     */
    private static final float EM = 1000f;
    /** Unhinted, fractional metrics: the glyphs' positions as the font designs them, not pixel-rounded. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);

    private Shaper() {
    }

    /**
     * A shaped run in drawing order (left to right on the page, whatever the direction of the text).
     *
     * @param glyphs    glyph numbers of the font
     * @param x         where each glyph is set, in thousandths of an em from the start of the run
     * @param y         how far each glyph is raised above the baseline, in thousandths of an em
     * @param chars     the index, in the shaped text, of the character each glyph came from
     * @param advance   the width of the run, in thousandths of an em
     */
    record GlyphRun(int[] glyphs, float[] x, float[] y, int[] chars, float advance) {
    }

    /**
     * Whether a character belongs to a run the shaper must set: a script whose letters join,
     * reorder or stack (Arabic, Hebrew, the Indic scripts, Thai and its neighbours), a right-to-left
     * character, a combining mark, a joiner or variation selector, or an emoji (whose sequences are
     * ligatures).
     */
    static boolean needsShaping(int cp) {
        if (cp < 0x0300) {
            return false;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return true;
        }
        if (cp >= 0x0590 && cp <= 0x08FF || cp >= 0xFB1D && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF) {
            return true; // Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms
        }
        if (cp >= 0x0900 && cp <= 0x0DFF || cp >= 0x0E00 && cp <= 0x0FFF || cp >= 0x1000 && cp <= 0x109F
                || cp >= 0x1780 && cp <= 0x17FF || cp >= 0xA8E0 && cp <= 0xA8FF) {
            return true; // Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer
        }
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
            return true; // variation selectors
        }
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF;
    }

    /**
     * Shapes {@code text[start, limit)} in {@code face}; the characters around the range are its
     * context (how a letter at its edge joins), not shaped.
     */
    static GlyphRun shape(Face face, char[] text, int start, int limit, boolean rightToLeft) {
        Font font = face.awtFont();
        GlyphVector gv = font.layoutGlyphVector(CONTEXT, text, start, limit,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] glyphs = gv.getGlyphCodes(0, n, null);
        float[] positions = gv.getGlyphPositions(0, n + 1, null);
        int[] chars = gv.getGlyphCharIndices(0, n, null);
        int kept = 0;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            // The shaper hides default-ignorable characters (joiners, variation selectors) as
            // glyph 0xFFFF or 0xFFFE; they take no room and draw nothing. A .notdef (0) is never
            // drawn either: the layout only sends a face characters it has.
            if (glyphs[i] == 0 || glyphs[i] >= 0xFFFE) {
                continue;
            }
            glyphs[kept] = glyphs[i];
            chars[kept] = chars[i];
            x[kept] = positions[2 * i];
            y[kept] = -positions[2 * i + 1];
            kept++;
        }
        float advance = positions[2 * n];
        if (kept < n) {
            glyphs = java.util.Arrays.copyOf(glyphs, kept);
            chars = java.util.Arrays.copyOf(chars, kept);
            x = java.util.Arrays.copyOf(x, kept);
            y = java.util.Arrays.copyOf(y, kept);
        }
        return new GlyphRun(glyphs, x, y, chars, advance);
    }

    /** The shaping font of a face: the face's own bytes at {@value #EM} points. */
    static Font font(byte[] fontFile) throws java.io.IOException, java.awt.FontFormatException {
        return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(fontFile)).deriveFont(EM);
    }
}
