package org.coffeechat.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The drawing of one page as PDF operators, and the fonts and transparency states it uses. Text
 * is set in the document's own {@link FontSubset}s, which a page names in its resources; the
 * operators are those of the PDF specification, written by hand because OpenPDF's own text
 * methods would embed OpenPDF's fonts.
 */
final class ContentStream {

    /** The fonts and transparency states of one document, shared by its pages. */
    static final class Resources {
        private final PdfWriter writer;
        // In the order first used (Face has identity equality): an IdentityHashMap would write the
        // fonts in an order that changes from one JVM to the next, and with it the bytes.
        private final Map<Face, FontSubset> fonts = new LinkedHashMap<>();
        private final Map<Long, PdfIndirectReference> states = new LinkedHashMap<>();

        Resources(PdfWriter writer) {
            this.writer = writer;
        }

        FontSubset font(Face face) {
            return fonts.computeIfAbsent(face, f -> new FontSubset(f, "F" + (fonts.size() + 1),
                    writer.getPdfIndirectReference()));
        }

        /** A transparency state of fill and stroke opacities in thousandths. */
        PdfIndirectReference state(int fill, int stroke) {
            return states.computeIfAbsent(((long) fill << 32) | stroke, k -> {
                PdfDictionary gs = new PdfDictionary(PdfName.EXTGSTATE);
                gs.put(PdfName.ca, new PdfNumber(fill / 1000f));
                gs.put(PdfName.CA, new PdfNumber(stroke / 1000f));
                try {
                    return writer.addToBody(gs).getIndirectReference();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Writes every font used, at the end of the document. */
        void writeFonts(Compressor compressor) {
            for (FontSubset f : fonts.values()) {
                f.write(writer, compressor);
            }
        }
    }

    private final Resources resources;
    private final PdfBytes out;
    private final Map<PdfName, PdfIndirectReference> pageFonts = new LinkedHashMap<>();
    private final Map<String, PdfIndirectReference> pageStates = new LinkedHashMap<>();

    ContentStream(Resources resources, PdfBytes buffer) {
        this.resources = resources;
        this.out = buffer;
        buffer.reset();
    }

    PdfBytes bytes() {
        return out;
    }

    /** The page's /Resources: its fonts and transparency states. */
    PdfDictionary resourceDictionary() {
        PdfDictionary res = new PdfDictionary();
        if (!pageFonts.isEmpty()) {
            PdfDictionary fonts = new PdfDictionary();
            pageFonts.forEach(fonts::put);
            res.put(PdfName.FONT, fonts);
        }
        if (!pageStates.isEmpty()) {
            PdfDictionary states = new PdfDictionary();
            pageStates.forEach((name, ref) -> states.put(new PdfName(name), ref));
            res.put(PdfName.EXTGSTATE, states);
        }
        return res;
    }

    // ---- graphics --------------------------------------------------------------------------------

    void save() {
        out.raw("q\n");
    }

    void restore() {
        out.raw("Q\n");
    }

    void transform(float a, float b, float c, float d, float e, float f) {
        out.num(a).num(b).num(c).num(d).num(e).num(f).op("cm");
    }

    void moveTo(float x, float y) {
        out.num(x).num(y).op("m");
    }

    void lineTo(float x, float y) {
        out.num(x).num(y).op("l");
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        out.num(x1).num(y1).num(x2).num(y2).num(x3).num(y3).op("c");
    }

    void closePath() {
        out.raw("h\n");
    }

    void rectangle(float x, float y, float w, float h) {
        out.num(x).num(y).num(w).num(h).op("re");
    }

    /**
     * Adds the outline of {@code shape} to the path, its coordinates mapped by {@code at} (none:
     * the coordinates in effect; a {@link Canvas}'s shapes, measured downwards from the top, are
     * flipped by {@code [1 0 0 -1 0 height]}).
     */
    void path(Shape shape, AffineTransform at) {
        PathIterator it = shape.getPathIterator(at);
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    moveTo((float) c[0], (float) c[1]);
                    startX = lastX = c[0];
                    startY = lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    lineTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic curve as the cubic that draws it.
                    curveTo((float) SvgPathData.cubicControl(lastX, c[0]), (float) SvgPathData.cubicControl(lastY, c[1]),
                            (float) SvgPathData.cubicControl(c[2], c[0]), (float) SvgPathData.cubicControl(c[3], c[1]),
                            (float) c[2], (float) c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> {
                    closePath();
                    // A closed subpath leaves the current point at its start (ISO 32000-1, 8.5.2.1).
                    lastX = startX;
                    lastY = startY;
                }
            }
            it.next();
        }
    }

    /**
     * Paints the path: fills it (by the even-odd rule or the nonzero one), strokes it, or both;
     * with neither, ends it unpainted.
     */
    void paint(boolean fill, boolean stroke, boolean evenOdd) {
        if (fill && stroke) {
            out.raw(evenOdd ? "B*\n" : "B\n");
        } else if (fill) {
            out.raw(evenOdd ? "f*\n" : "f\n");
        } else if (stroke) {
            out.raw("S\n");
        } else {
            endPath();
        }
    }

    void clip() {
        out.raw("W n\n");
    }

    void endPath() {
        out.raw("n\n");
    }

    void fillColor(Color c) {
        out.num(c.getRed() / 255f).num(c.getGreen() / 255f).num(c.getBlue() / 255f).op("rg");
    }

    void strokeColor(Color c) {
        out.num(c.getRed() / 255f).num(c.getGreen() / 255f).num(c.getBlue() / 255f).op("RG");
    }

    void lineWidth(float w) {
        out.num(w).op("w");
    }

    /** 0 butt, 1 round, 2 square. */
    void lineCap(int cap) {
        out.num(cap).op("J");
    }

    /** 0 miter, 1 round, 2 bevel. */
    void lineJoin(int join) {
        out.num(join).op("j");
    }

    void dash(float[] pattern) {
        out.raw('[');
        for (int i = 0; i < pattern.length; i++) {
            if (i > 0) {
                out.raw(' ');
            }
            out.num(pattern[i]);
        }
        out.raw("] 0 d\n");
    }

    /** Opacity of fills and strokes, from 0 to 1. */
    void opacity(float fill, float stroke) {
        int f = Math.round(Math.max(0, Math.min(1, fill)) * 1000);
        int s = Math.round(Math.max(0, Math.min(1, stroke)) * 1000);
        String name = "G" + f + "_" + s;
        pageStates.computeIfAbsent(name, n -> resources.state(f, s));
        out.name(name).op("gs");
    }

    // ---- text ------------------------------------------------------------------------------------

    void beginText() {
        out.raw("BT\n");
    }

    void endText() {
        out.raw("ET\n");
    }

    /** Selects {@code face} at {@code size} points for the text that follows. */
    FontSubset font(Face face, float size) {
        FontSubset subset = resources.font(face);
        pageFonts.putIfAbsent(subset.resourceName(), subset.reference());
        out.name(subset.name()).num(size).op("Tf");
        return subset;
    }

    void textMatrix(float a, float b, float c, float d, float e, float f) {
        out.num(a).num(b).num(c).num(d).num(e).num(f).op("Tm");
    }

    /** 0 fill, 2 fill and stroke (a drawn bold). */
    void textRendering(int mode) {
        out.num(mode).op("Tr");
    }

    /**
     * Shows a shaped run in the font selected last, which must be {@code subset}, at {@code size}
     * points: each glyph where the shaper put it (a {@code TJ} adjustment where that differs from
     * the advance before it, a text rise for a raised or lowered mark).
     *
     * @param text the characters the run was shaped from, in reading order
     */
    void showGlyphs(FontSubset subset, Shaper.GlyphRun run, String text, float size) {
        int n = run.glyphs().length;
        int[] glyphs = run.glyphs();
        float[] x = run.x();
        float[] y = run.y();
        int[] starts = clusterStarts(run);
        String[] meaning = meanings(subset.face().font(), run, text, starts);
        float pen = 0;
        float rise = 0;
        boolean open = false;
        TrueTypeFont font = subset.face().font();
        int spanEnd = -1;
        for (int g = 0; g < n; g++) {
            if (g == spanEnd) {
                out.raw("] TJ\n");
                open = false;
                endMarkedContent();
                spanEnd = -1;
            }
            int end = clusterEnd(run, g);
            if (spanEnd < 0 && (g == 0 || run.chars()[g - 1] != run.chars()[g]) && spacingGlyphs(font, run, g, end) > 1) {
                // Two glyphs that take room stand for one cluster (a vowel sign drawn before its
                // consonant): a reader told only "the first says it all" would see a gap inside
                // the word, so the cluster says what it means in reading order.
                if (open) {
                    out.raw("] TJ\n");
                    open = false;
                }
                beginActualText(clusterText(starts, run.chars()[g], text));
                spanEnd = end;
            }
            float wantRise = y[g] * size / 1000f;
            if (wantRise != rise) {
                if (open) {
                    out.raw("] TJ\n");
                    open = false;
                }
                rise = wantRise;
                out.num(rise).op("Ts");
            }
            if (!open) {
                out.raw('[');
                open = true;
            }
            float shift = pen - x[g];
            if (Math.abs(shift) > 0.01f) {
                out.num(shift).raw(' ');
            }
            int code = subset.code(glyphs[g], meaning[g]);
            out.raw('(');
            out.literalByte(code >> 8);
            out.literalByte(code & 0xFF);
            out.raw(')');
            pen = x[g] + subset.face().font().advance(glyphs[g]);
        }
        if (open) {
            out.raw("] TJ\n");
        }
        if (spanEnd >= 0) {
            endMarkedContent();
        }
        if (rise != 0) {
            out.num(0).op("Ts");
        }
    }

    /** Where the cluster of glyph {@code g} ends: the first glyph after it from another character. */
    private static int clusterEnd(Shaper.GlyphRun run, int g) {
        int end = g + 1;
        while (end < run.chars().length && run.chars()[end] == run.chars()[g]) {
            end++;
        }
        return end;
    }

    private static int spacingGlyphs(TrueTypeFont font, Shaper.GlyphRun run, int from, int to) {
        int spacing = 0;
        for (int g = from; g < to; g++) {
            if (font.advance(run.glyphs()[g]) > 0) {
                spacing++;
            }
        }
        return spacing;
    }

    /**
     * What each glyph of a run stands for, so that extracting the text gives back the characters in
     * reading order, each once. A cluster (the glyphs the shaper made from one run of characters:
     * a conjunct with its reordered vowel sign, a letter with its marks, the parts of a ligature the
     * font draws as two glyphs) is said by one glyph, its widest (the base, not a mark), which
     * stands for all of the cluster's characters; its other glyphs stand for nothing.
     */
    private static String[] meanings(TrueTypeFont font, Shaper.GlyphRun run, String text, int[] starts) {
        int n = run.glyphs().length;
        String[] meaning = new String[n];
        // A cluster's glyphs stand side by side in the run (HarfBuzz keeps them together).
        for (int g = 0; g < n; g = clusterEnd(run, g)) {
            int end = clusterEnd(run, g);
            int carrier = g;
            for (int h = g; h < end; h++) {
                meaning[h] = "";
                if (font.advance(run.glyphs()[h]) > font.advance(run.glyphs()[carrier])) {
                    carrier = h;
                }
            }
            meaning[carrier] = clusterText(starts, run.chars()[g], text);
        }
        return meaning;
    }

    /** The characters at which the run's clusters start, in text order, without repeats. */
    private static int[] clusterStarts(Shaper.GlyphRun run) {
        return java.util.Arrays.stream(run.chars()).sorted().distinct().toArray();
    }

    /** The characters of the cluster that starts at {@code from}: up to the next cluster's start. */
    private static String clusterText(int[] starts, int from, String text) {
        if (from < 0 || from >= text.length()) {
            return "\uFFFD";
        }
        int at = java.util.Arrays.binarySearch(starts, from);
        int to = at + 1 < starts.length ? Math.min(starts[at + 1], text.length()) : text.length();
        return text.substring(from, to);
    }

    /** Begins a marked span that says what the drawing inside it means ({@code /ActualText}). */
    void beginActualText(String text) {
        out.raw("/Span <</ActualText <FEFF");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.raw(Character.forDigit((c >> 12) & 0xF, 16)).raw(Character.forDigit((c >> 8) & 0xF, 16))
                    .raw(Character.forDigit((c >> 4) & 0xF, 16)).raw(Character.forDigit(c & 0xF, 16));
        }
        out.raw(">>> BDC\n");
    }

    /** Ends the marked-content sequence begun last. */
    void endMarkedContent() {
        out.raw("EMC\n");
    }

    /** Shows {@code text} in the font selected last, which must be {@code subset}. */
    void show(FontSubset subset, String text) {
        subset.encode(text, out);
        out.raw(" Tj\n");
    }
}
