package org.coffeechat.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks styled text into lines as a browser does. Each character is set in its style's face, or,
 * when that face lacks it, in the first fallback family that has it (a combining mark stays with
 * its letter); a character no family has is printed as its code point in brackets,
 * {@code [U+1F9FF]}, which {@link #undrawable} lets a caller report first. Lines break at the
 * opportunities of the Unicode line breaking algorithm (UAX #14, ICU4J: Thai between words by
 * dictionary, never before a closing CJK punctuation mark) and also after slashes inside words,
 * and at every {@code \n}; a word longer than the line is cut between two characters where it
 * overflows. Each line is then ordered by the Unicode bidirectional algorithm (UAX #9, ICU4J), its
 * direction taken from its first strong character, and the runs that need it are shaped with the
 * font's OpenType tables ({@link Shaper}). Text is set ragged on the side where it starts.
 * Pure and thread-safe.
 */
public final class TextLayout {

    /** ICU's iterators are not thread-safe; each thread keeps its own. */
    private static final ThreadLocal<BreakIterator> LINE_BREAKS =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(ULocale.ROOT));

    private final List<FontFamily> fallback;

    /** @param fallback the families a character looks in when the face of its style lacks it, in order */
    public TextLayout(List<FontFamily> fallback) {
        this.fallback = List.copyOf(fallback);
    }

    /**
     * One run of a line set in one face, size, colour and direction, {@code x} points from the
     * start of its line.
     *
     * @param text       the characters it stands for, in reading order
     * @param glyphs     the run as shaped glyphs in drawing order, or null when it is set a character
     *                   at a time from {@code text}
     * @param actualText what the run means when its glyphs do not say it (a character printed as
     *                   its code point), else null: a PDF marks it as the run's {@code /ActualText}.
     *                   Shaped runs need none: each glyph's ToUnicode entry says its cluster.
     */
    public record Segment(Face face, float size, Color color, String text, float x, float width, boolean fakeBold,
                          boolean fakeItalic, Shaper.GlyphRun glyphs, String actualText) {
    }

    /**
     * A laid-out line.
     *
     * @param width       the width of its ink, trailing spaces excluded
     * @param height      the height it takes in the column
     * @param baseline    the distance from its top to the baseline
     * @param rightToLeft whether the line reads from right to left (its first strong character is
     *                    Arabic or Hebrew, say), so it is set flush right
     */
    public record Line(List<Segment> segments, float width, float height, float baseline, boolean rightToLeft) {
        public Line {
            segments = List.copyOf(segments);
        }
    }

    /**
     * A run of characters of one span set in one face.
     *
     * @param stands for a character no font has, the character its label stands for; else null
     */
    private record Piece(Span span, Face face, boolean fakeBold, boolean fakeItalic, String stands) {
    }

    /** The characters of a paragraph with what is known of each. */
    private static final class Text {
        final char[] chars;
        final float[] advance;
        final int[] pieceOf;
        /** Whether the character is inside a printed code point label (no break, no cut). */
        final boolean[] label;
        final List<Piece> pieces = new ArrayList<>();
        int length;
        boolean shaped;
        boolean bidi;
        /** The runs shaped to measure the paragraph, {from, to} beside each; a line that holds a whole one reuses it. */
        final List<int[]> shapedRanges = new ArrayList<>();
        final List<Shaper.GlyphRun> shapedRuns = new ArrayList<>();

        /** The run shaped for [from, to) while measuring, or null. */
        Shaper.GlyphRun shapedRun(int from, int to) {
            for (int i = 0; i < shapedRanges.size(); i++) {
                if (shapedRanges.get(i)[0] == from && shapedRanges.get(i)[1] == to) {
                    return shapedRuns.get(i);
                }
            }
            return null;
        }

        Text(int capacity) {
            chars = new char[capacity];
            advance = new float[capacity];
            pieceOf = new int[capacity];
            label = new boolean[capacity];
        }
    }

    /** The spans as one line, however long. */
    public Line line(List<Span> spans) {
        List<Line> lines = lines(spans, Float.POSITIVE_INFINITY);
        return lines.isEmpty() ? new Line(List.of(), 0, 0, 0, false) : lines.get(0);
    }

    /** The spans as one line, however long. */
    public Line line(String text, TextStyle style) {
        return line(List.of(new Span(text, style)));
    }

    /** Lays out {@code text} in {@code style} into lines at most {@code width} points wide. */
    public List<Line> lines(String text, TextStyle style, float width) {
        return lines(List.of(new Span(text, style)), width);
    }

    /**
     * The characters of {@code text} that neither {@code style}'s face nor any fallback family can
     * draw, as code points in the order they first appear; the layout prints each as its code
     * point in brackets.
     */
    public List<Integer> undrawable(String text, TextStyle style) {
        List<Integer> missing = new ArrayList<>();
        Face face = style.face();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!drawnWithoutGlyph(cp) && face(cp, face, style, null) == null && !missing.contains(cp)) {
                missing.add(cp);
            }
        }
        return missing;
    }

    /** Lays out the spans, one paragraph, into lines at most {@code width} points wide. */
    public List<Line> lines(List<Span> spans, float width) {
        int capacity = 0;
        for (Span s : spans) {
            capacity += s.text().length();
        }
        if (capacity == 0) {
            return List.of();
        }
        Text t = new Text(capacity + 16);
        Text text = t;
        for (Span span : spans) {
            text = measure(span, text);
        }
        int length = text.length;
        if (length == 0) {
            return List.of();
        }
        byte[] levels = text.bidi ? levels(text) : null;
        if (text.shaped) {
            shapeForMeasure(text, levels);
        }
        boolean[] breakBefore = breaks(text);
        List<Line> lines = new ArrayList<>();
        int start = skipSpaces(text.chars, 0, length);
        while (start < length) {
            int end = lineEnd(text, breakBefore, start, width);
            int visible = end;
            while (visible > start && (text.chars[visible - 1] == ' ' || text.chars[visible - 1] == '\n')) {
                visible--;
            }
            lines.add(line(text, levels, start, visible));
            start = skipSpaces(text.chars, end, length);
        }
        return lines;
    }

    /** Whether a character takes no glyph of its own: spaces, line ends, joiners and selectors. */
    private static boolean drawnWithoutGlyph(int cp) {
        return cp == ' ' || cp == '\n' || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060
                || cp == 0xFEFF || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF
                || cp >= 0x200E && cp <= 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** The face that draws {@code cp}: the style's, else the previous one for a mark, else a fallback's. */
    private Face face(int cp, Face own, TextStyle style, Face previous) {
        if (own.has(cp)) {
            return own;
        }
        if (previous != null && isMark(cp) && previous.has(cp)) {
            return previous;
        }
        for (FontFamily family : fallback) {
            Face candidate = family.face(style.bold(), style.italic());
            if (candidate.has(cp)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Adds one span's characters; returns the text, grown if a code point label needed room. */
    private Text measure(Span span, Text t) {
        TextStyle style = span.style();
        Face face = style.face();
        float scale = style.size() / 1000f;
        String s = span.text();
        Piece current = null;
        int currentIndex = -1;
        Face previous = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                c = '\n';
            } else if (c < ' ' && c != '\n') {
                c = ' ';
            }
            int cp = c;
            int units = 1;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(i + 1));
                units = 2;
            }
            Face f;
            if (cp == ' ' || cp == '\n') {
                f = face;
            } else if (drawnWithoutGlyph(cp)) {
                // Joiners and selectors go with the character they join or select.
                f = current == null ? face : current.face();
            } else {
                f = face(cp, face, style, previous);
            }
            if (f == null) {
                t = label(span, t, cp, scale);
                current = null;
                previous = null;
                i += units - 1;
                continue;
            }
            if (current == null || current.face() != f) {
                current = new Piece(span, f, style.bold() && !f.isBold(), style.italic() && !f.isItalic(), null);
                t.pieces.add(current);
                currentIndex = t.pieces.size() - 1;
            }
            previous = f;
            if (!t.shaped && Shaper.needsShaping(cp)) {
                t.shaped = true;
            }
            if (!t.bidi && isRightToLeft(cp)) {
                t.bidi = true;
            }
            // A label earlier in the text may have taken the room this character was counted in.
            t = room(t, units);
            int at = t.length;
            t.chars[at] = c;
            t.advance[at] = drawnWithoutGlyph(cp) && cp != ' ' ? 0 : f.advance(cp) * scale;
            t.pieceOf[at] = currentIndex;
            t.length++;
            if (units == 2) {
                t.chars[t.length] = s.charAt(++i);
                t.advance[t.length] = 0;
                t.pieceOf[t.length] = currentIndex;
                t.length++;
            }
        }
        return t;
    }

    /** {@code t}, or a copy of it with room for at least {@code more} characters after its end. */
    private static Text room(Text t, int more) {
        if (t.length + more <= t.chars.length) {
            return t;
        }
        Text out = new Text(t.chars.length * 2 + more);
        System.arraycopy(t.chars, 0, out.chars, 0, t.length);
        System.arraycopy(t.advance, 0, out.advance, 0, t.length);
        System.arraycopy(t.pieceOf, 0, out.pieceOf, 0, t.length);
        System.arraycopy(t.label, 0, out.label, 0, t.length);
        out.pieces.addAll(t.pieces);
        out.length = t.length;
        out.shaped = t.shaped;
        out.bidi = t.bidi;
        return out;
    }

    /** The code point of {@code cp} as Unicode writes it, {@code U+1F9FF}: what a label prints in brackets. */
    public static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** Prints a character no font has as its {@link #codePoint} in brackets, in the style's own face. */
    private static Text label(Span span, Text t, int cp, float scale) {
        String label = "[" + codePoint(cp) + "]";
        Text out = room(t, label.length());
        TextStyle style = span.style();
        Face face = style.face().has('U') ? style.face() : BuiltInFonts.text().face(style.bold(), style.italic());
        out.pieces.add(new Piece(span, face, style.bold() && !face.isBold(), style.italic() && !face.isItalic(),
                new String(Character.toChars(cp))));
        int index = out.pieces.size() - 1;
        for (int k = 0; k < label.length(); k++) {
            int at = out.length++;
            out.chars[at] = label.charAt(k);
            out.advance[at] = face.advance(label.charAt(k)) * scale;
            out.pieceOf[at] = index;
            out.label[at] = k > 0;
        }
        return out;
    }

    private static boolean isRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }

    /**
     * The embedding level of every character by the bidirectional algorithm, each paragraph's
     * direction from its first strong character ({@code \n} ends a paragraph); bit 7 of each
     * character's level is set when its paragraph is right-to-left.
     */
    private static byte[] levels(Text t) {
        byte[] levels = new byte[t.length];
        int from = 0;
        for (int i = 0; i <= t.length; i++) {
            if (i == t.length || t.chars[i] == '\n') {
                byte para = 0;
                if (i > from) {
                    Bidi bidi = new Bidi(t.chars, from, null, 0, i - from, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
                    para = (byte) ((bidi.getParaLevel() & 1) << 7);
                    for (int k = from; k < i; k++) {
                        levels[k] = (byte) (bidi.getLevelAt(k - from) | para);
                    }
                }
                if (i < t.length) {
                    levels[i] = (byte) ((i > from ? levels[i - 1] & 0x7F : 0) | para);
                }
                from = i + 1;
            }
        }
        return levels;
    }

    private static boolean oddLevel(byte[] levels, int at) {
        return levels != null && (levels[at] & 1) == 1;
    }

    /**
     * Replaces the advances of the characters of shaped runs by what their glyphs take: a
     * cluster's width goes to its first character, the others take none.
     */
    private static void shapeForMeasure(Text t, byte[] levels) {
        forEachRun(t, levels, 0, t.length, (from, to) -> {
            if (!needsShaper(t, levels, from, to)) {
                return;
            }
            Piece p = t.pieces.get(t.pieceOf[from]);
            Shaper.GlyphRun run = Shaper.shape(p.face(), t.chars, from, to, oddLevel(levels, from));
            t.shapedRanges.add(new int[] {from, to});
            t.shapedRuns.add(run);
            float scale = p.span().style().size() / 1000f;
            for (int k = from; k < to; k++) {
                t.advance[k] = 0;
            }
            int n = run.glyphs().length;
            for (int g = 0; g < n; g++) {
                float next = nextX(run, g);
                int at = from + run.chars()[g];
                if (at >= from && at < to) {
                    t.advance[at] += (next - run.x()[g]) * scale;
                }
            }
        });
    }

    /** Where the glyph after {@code g} in drawing order stands, the run's end after the last. */
    private static float nextX(Shaper.GlyphRun run, int g) {
        return g + 1 < run.glyphs().length ? run.x()[g + 1] : run.advance();
    }

    private static boolean needsShaper(Text t, byte[] levels, int from, int to) {
        if (!t.shaped && levels == null) {
            return false;
        }
        if (t.pieces.get(t.pieceOf[from]).stands() != null) {
            return false;
        }
        if (oddLevel(levels, from)) {
            return true;
        }
        for (int k = from; k < to; k++) {
            int cp = t.chars[k];
            if (Character.isHighSurrogate(t.chars[k]) && k + 1 < to) {
                cp = Character.toCodePoint(t.chars[k], t.chars[k + 1]);
            }
            if (Shaper.needsShaping(cp)) {
                return true;
            }
        }
        return false;
    }

    private interface RunAction {
        void run(int from, int to);
    }

    /** Calls {@code action} for each maximal range of one piece and one level within [from, to). */
    private static void forEachRun(Text t, byte[] levels, int from, int to, RunAction action) {
        int runStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || t.pieceOf[i] != t.pieceOf[runStart] || levels != null && (levels[i] & 0x7F) != (levels[runStart] & 0x7F)) {
                action.run(runStart, i);
                runStart = i;
            }
        }
    }

    /**
     * Where a line may end before each character: the UAX #14 opportunities, after a slash or a
     * dash inside a word (paths and ranges), never inside a printed code point or a cluster.
     */
    private static boolean[] breaks(Text t) {
        int length = t.length;
        boolean[] before = new boolean[length + 1];
        BreakIterator it = LINE_BREAKS.get();
        it.setText(new String(t.chars, 0, length));
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            before[b] = true;
        }
        char[] c = t.chars;
        for (int i = 1; i + 1 < length; i++) {
            if ((c[i] == '-' || c[i] == '/' || c[i] == '\u2013' || c[i] == '\u2014') && c[i + 1] != ' '
                    && c[i - 1] != ' ' && c[i + 1] != '/') {
                before[i + 1] = true;
            }
        }
        for (int i = 0; i < length; i++) {
            if (t.label[i] || Character.isLowSurrogate(c[i])) {
                before[i] = false;
            }
        }
        return before;
    }

    /** Where the line that starts at {@code start} ends (exclusive); trailing spaces are included. */
    private static int lineEnd(Text t, boolean[] breakBefore, int start, float width) {
        char[] text = t.chars;
        float[] advance = t.advance;
        float x = 0;
        int lastBreak = -1;
        for (int i = start; i < t.length; i++) {
            char c = text[i];
            if (c == '\n') {
                return i + 1;
            }
            if (i > start && breakBefore[i]) {
                lastBreak = i;
            }
            if (c == ' ') {
                x += advance[i];
                continue;
            }
            if (x + advance[i] > width && i > start && advance[i] > 0) {
                if (lastBreak > start) {
                    return lastBreak;
                }
                return cut(t, start, i);
            }
            x += advance[i];
        }
        return t.length;
    }

    /**
     * Where a word too long for the line is cut: before {@code at}, moved back out of a cluster or
     * label and off a mark that may not start a line (a closing bracket or CJK full stop, UAX #14's
     * CL, CP, EX, IS and NS). When only such marks are left, they stay at the end of the line
     * however narrow it is, as a browser lets them overflow.
     */
    private static int cut(Text t, int start, int at) {
        int i = at;
        while (i > start + 1 && (t.label[i] || Character.isLowSurrogate(t.chars[i]) || t.advance[i] == 0
                || isMark(t.chars[i]) || mayNotStartLine(t.chars[i]))) {
            i--;
        }
        if (i == start + 1 && mayNotStartLine(t.chars[i])) {
            i = at;
            while (i < t.length && (mayNotStartLine(t.chars[i]) || t.advance[i] == 0 || t.label[i])) {
                i++;
            }
        }
        return i;
    }

    private static boolean mayNotStartLine(char c) {
        if (c < 0x2000) {
            return c == ')' || c == ']' || c == '}' || c == '!' || c == '?' || c == ',' || c == '.' || c == ':'
                    || c == ';';
        }
        int lb = UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK);
        return lb == UCharacter.LineBreak.CLOSE_PUNCTUATION || lb == UCharacter.LineBreak.CLOSE_PARENTHESIS
                || lb == UCharacter.LineBreak.EXCLAMATION || lb == UCharacter.LineBreak.INFIX_NUMERIC
                || lb == UCharacter.LineBreak.NONSTARTER;
    }

    private static int skipSpaces(char[] text, int from, int length) {
        int i = from;
        while (i < length && text[i] == ' ') {
            i++;
        }
        return i;
    }

    private static Line line(Text t, byte[] levels, int start, int end) {
        List<int[]> runs = new ArrayList<>(2);
        forEachRunIn(t, levels, start, end, runs);
        boolean rightToLeft = false;
        if (levels != null && !runs.isEmpty()) {
            rightToLeft = levels[start] < 0;
            byte[] runLevels = new byte[runs.size()];
            for (int r = 0; r < runs.size(); r++) {
                runLevels[r] = (byte) (levels[runs.get(r)[0]] & 0x7F);
            }
            int[] order = Bidi.reorderVisual(runLevels);
            List<int[]> visual = new ArrayList<>(runs.size());
            for (int index : order) {
                visual.add(runs.get(index));
            }
            runs = visual;
        }
        List<Segment> segments = new ArrayList<>(runs.size());
        float x = 0;
        float baseline = 0;
        float below = 0;
        for (int[] r : runs) {
            int from = r[0];
            int to = r[1];
            Piece p = t.pieces.get(t.pieceOf[from]);
            TextStyle style = p.span().style();
            String text = new String(t.chars, from, to - from);
            float w;
            Shaper.GlyphRun glyphs = null;
            String actual = null;
            if (needsShaper(t, levels, from, to)) {
                glyphs = t.shapedRun(from, to);
                if (glyphs == null) {
                    // The line breaks the measured run: its part is shaped on its own (its edges join anew).
                    glyphs = Shaper.shape(p.face(), t.chars, from, to, oddLevel(levels, from));
                }
                w = glyphs.advance() * style.size() / 1000f;
            } else {
                w = 0;
                for (int k = from; k < to; k++) {
                    w += t.advance[k];
                }
                actual = p.stands();
            }
            segments.add(new Segment(p.face(), style.size(), style.color(), text, x, w, p.fakeBold(), p.fakeItalic(),
                    glyphs, actual));
            x += w;
            // The line box of the style's own face, so a fallback glyph does not change the spacing.
            Face own = style.face();
            float lineHeight = style.lineHeight();
            float halfLeading = (lineHeight - style.size() * (own.ascent() + own.descent())) / 2;
            float above = halfLeading + style.size() * own.ascent();
            baseline = Math.max(baseline, above);
            below = Math.max(below, lineHeight - above);
        }
        if (segments.isEmpty()) {
            Piece p = t.pieces.get(t.pieceOf[Math.max(start - 1, 0)]);
            TextStyle style = p.span().style();
            Face own = style.face();
            float halfLeading = (style.lineHeight() - style.size() * (own.ascent() + own.descent())) / 2;
            baseline = halfLeading + style.size() * own.ascent();
            below = style.lineHeight() - baseline;
        }
        return new Line(segments, x, baseline + below, baseline, rightToLeft);
    }

    /** The runs of [start, end): one piece and one level each, in reading order. */
    private static void forEachRunIn(Text t, byte[] levels, int start, int end, List<int[]> runs) {
        if (end > start) {
            forEachRun(t, levels, start, end, (from, to) -> runs.add(new int[] {from, to}));
        }
    }

}
