package org.coffeechat.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines: each character is set in its style's face, or, when that face
 * lacks it, in the first fallback family that has it (so Zoë Ñúñez, Łukasz, Дарья and 王小明 print in
 * any theme font); lines break at spaces, after hyphens and slashes inside words, between CJK
 * characters and at every {@code \n}; a word longer than the line is cut where it overflows. Text
 * is set ragged right.
 * Pure and thread-safe.
 */
public final class TextLayout {

    private final List<FontFamily> fallback;

    /** @param fallback the families a character looks in when the face of its style lacks it, in order */
    public TextLayout(List<FontFamily> fallback) {
        this.fallback = List.copyOf(fallback);
    }

    /** One line of text set in one face, size and colour, {@code x} points from the start of its line. */
    public record Segment(Face face, float size, Color color, String text, float x, float width, boolean fakeBold,
                          boolean fakeItalic) {
    }

    /**
     * A laid-out line.
     *
     * @param width    the width of its ink, trailing spaces excluded
     * @param height   the height it takes in the column
     * @param baseline the distance from its top to the baseline
     */
    public record Line(List<Segment> segments, float width, float height, float baseline) {
        public Line {
            segments = List.copyOf(segments);
        }
    }

    /** A run of characters of one span set in one face. */
    private record Piece(Span span, Face face, boolean fakeBold, boolean fakeItalic) {
    }

    /** The spans as one line, however long. */
    public Line line(List<Span> spans) {
        List<Line> lines = lines(spans, Float.POSITIVE_INFINITY);
        return lines.isEmpty() ? new Line(List.of(), 0, 0, 0) : lines.get(0);
    }

    /** The spans as one line, however long. */
    public Line line(String text, TextStyle style) {
        return line(List.of(new Span(text, style)));
    }

    /** Lays out {@code text} in {@code style} into lines at most {@code width} points wide. */
    public List<Line> lines(String text, TextStyle style, float width) {
        return lines(List.of(new Span(text, style)), width);
    }

    /** Lays out the spans, one paragraph, into lines at most {@code width} points wide. */
    public List<Line> lines(List<Span> spans, float width) {
        int length = 0;
        for (Span s : spans) {
            length += s.text().length();
        }
        if (length == 0) {
            return List.of();
        }
        char[] text = new char[length];
        float[] advance = new float[length];
        int[] pieceOf = new int[length];
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            at = measure(span, text, advance, pieceOf, pieces, at);
        }
        List<Line> lines = new ArrayList<>();
        int start = skipSpaces(text, 0, length);
        while (start < length) {
            int end = lineEnd(text, advance, start, length, width);
            int visible = end;
            while (visible > start && (text[visible - 1] == ' ' || text[visible - 1] == '\n')) {
                visible--;
            }
            lines.add(line(text, advance, pieceOf, pieces, start, visible));
            start = skipSpaces(text, end, length);
        }
        return lines;
    }

    /** Fills the arrays for one span from {@code at}; returns where the next span starts. */
    private int measure(Span span, char[] text, float[] advance, int[] pieceOf, List<Piece> pieces, int at) {
        TextStyle style = span.style();
        Face face = style.face();
        float scale = style.size() / 1000f;
        String s = span.text();
        Piece current = null;
        int currentIndex = -1;
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
            Face f = face;
            if (!face.has(cp) && cp != ' ' && cp != '\n') {
                for (FontFamily family : fallback) {
                    Face candidate = family.face(style.bold(), style.italic());
                    if (candidate.has(cp)) {
                        f = candidate;
                        break;
                    }
                }
            }
            if (current == null || current.face() != f) {
                current = new Piece(span, f, style.bold() && !f.isBold(), style.italic() && !f.isItalic());
                pieces.add(current);
                currentIndex = pieces.size() - 1;
            }
            text[at] = c;
            advance[at] = f.advance(cp) * scale;
            pieceOf[at] = currentIndex;
            at++;
            if (units == 2) {
                text[at] = s.charAt(++i);
                advance[at] = 0;
                pieceOf[at] = currentIndex;
                at++;
            }
        }
        return at;
    }

    /** Where the line that starts at {@code start} ends (exclusive); trailing spaces are included. */
    private static int lineEnd(char[] text, float[] advance, int start, int length, float width) {
        float x = 0;
        int lastBreak = -1;
        for (int i = start; i < length; i++) {
            char c = text[i];
            if (c == '\n') {
                return i + 1;
            }
            if (c == ' ') {
                lastBreak = i + 1;
                x += advance[i];
                continue;
            }
            if (i > start && isCjk(c) && text[i - 1] != ' ') {
                lastBreak = i;
            }
            if (x + advance[i] > width && i > start) {
                if (lastBreak > start) {
                    return lastBreak;
                }
                return i;
            }
            x += advance[i];
            if ((c == '-' || c == '/' || c == '\u2013' || c == '\u2014') && i > start && i + 1 < length
                    && text[i + 1] != ' ' && text[i - 1] != ' ' && text[i + 1] != '/') {
                lastBreak = i + 1;
            } else if (isCjk(c)) {
                lastBreak = i + 1;
            }
        }
        return length;
    }

    private static int skipSpaces(char[] text, int from, int length) {
        int i = from;
        while (i < length && text[i] == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isCjk(char c) {
        return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7AF' || c >= '\uF900' && c <= '\uFAFF'
                || c >= '\uFF00' && c <= '\uFFEF';
    }

    private static Line line(char[] text, float[] advance, int[] pieceOf, List<Piece> pieces, int start, int end) {
        List<Segment> segments = new ArrayList<>(2);
        float x = 0;
        float baseline = 0;
        float below = 0;
        int segStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || pieceOf[i] != pieceOf[segStart]) {
                if (i > segStart) {
                    Piece p = pieces.get(pieceOf[segStart]);
                    float w = 0;
                    for (int k = segStart; k < i; k++) {
                        w += advance[k];
                    }
                    TextStyle style = p.span().style();
                    segments.add(new Segment(p.face(), style.size(), style.color(), new String(text, segStart, i - segStart),
                            x, w, p.fakeBold(), p.fakeItalic()));
                    x += w;
                    // The line box of the style's own face, so a fallback glyph does not change the spacing.
                    Face own = style.face();
                    float lineHeight = style.lineHeight();
                    float halfLeading = (lineHeight - style.size() * (own.ascent() + own.descent())) / 2;
                    float above = halfLeading + style.size() * own.ascent();
                    baseline = Math.max(baseline, above);
                    below = Math.max(below, lineHeight - above);
                }
                segStart = i;
            }
        }
        if (segments.isEmpty()) {
            Piece p = pieces.get(pieceOf[Math.max(start - 1, 0)]);
            TextStyle style = p.span().style();
            Face own = style.face();
            float halfLeading = (style.lineHeight() - style.size() * (own.ascent() + own.descent())) / 2;
            baseline = halfLeading + style.size() * own.ascent();
            below = style.lineHeight() - baseline;
        }
        return new Line(segments, x, baseline + below, baseline);
    }
}
