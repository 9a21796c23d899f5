package org.coffeechat.pdf;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.coffeechat.pdf.TextLayout.Line;

/**
 * Pours content down pages: paragraphs split between lines, rows and fixed blocks move to the
 * next page whole, headings stay with what follows them, and boxes (a draft's frame, a quote's
 * bar) continue across a page break. The result is a list of {@link Canvas} pages for
 * {@link PdfBook}. Space at the top of a page is dropped. Not thread-safe: one flow per document.
 */
public final class Flow {

    /** The paper and its margins, in points. */
    public record Geometry(float width, float height, float top, float right, float bottom, float left) {

        /** The width between the margins. */
        public float measure() {
            return width - left - right;
        }

        /** The y of the bottom margin, from the top of the page. */
        public float floor() {
            return height - bottom;
        }
    }

    /** Draws the start of a paragraph in its left indent: a box to tick, a number. */
    public interface Marker {
        /**
         * @param x    the left edge of the paragraph, before its indent
         * @param line the paragraph's first line, whose top is at {@code top}
         */
        void draw(Canvas canvas, float x, float top, Line line);
    }

    /** Draws a block of fixed height with its top left corner at ({@code x}, {@code y}). */
    public interface Drawer {
        void draw(Canvas canvas, float x, float y, float width);
    }

    /**
     * A paragraph.
     *
     * @param indent       how far its lines start right of the column's edge (a marker draws in it)
     * @param keepTogether whether to move it to the next page whole rather than split it
     */
    public record Paragraph(List<Span> spans, float spaceBefore, float spaceAfter, float indent,
                            Optional<Marker> marker, boolean keepTogether) {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public static Paragraph of(String text, TextStyle style, float spaceBefore, float spaceAfter) {
            return new Paragraph(List.of(new Span(text, style)), spaceBefore, spaceAfter, 0, Optional.empty(), false);
        }

        public static Paragraph of(List<Span> spans, float spaceBefore, float spaceAfter) {
            return new Paragraph(spans, spaceBefore, spaceAfter, 0, Optional.empty(), false);
        }

        public Paragraph withIndent(float newIndent, Marker newMarker) {
            return new Paragraph(spans, spaceBefore, spaceAfter, newIndent, Optional.ofNullable(newMarker), keepTogether);
        }

        public Paragraph together() {
            return new Paragraph(spans, spaceBefore, spaceAfter, indent, marker, true);
        }
    }

    /**
     * A frame around content: a background, a border, a bar down its left side, and padding.
     * Null colours draw nothing.
     */
    public record Box(Color fill, Color border, float borderWidth, Color bar, float barWidth, float padTop,
                      float padRight, float padBottom, float padLeft) {
    }

    /**
     * A table row: one cell per column, each cell's text laid out at its column's width.
     *
     * @param columns  the columns' widths in points (they should add up to the column's measure)
     * @param rule     the line under the row, or null
     */
    public record Row(float[] columns, List<List<Span>> cells, float padTop, float padBottom, float gap, Color rule,
                      float ruleWidth, Color fill) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private record OpenBox(Box box, float startY, int opIndex) {
    }

    private final Geometry geometry;
    private final TextLayout layout;
    private final List<Canvas> pages = new ArrayList<>();
    private final Deque<OpenBox> boxes = new ArrayDeque<>();
    private Canvas page;
    private float y;
    private float indentLeft;
    private float indentRight;
    private boolean full = true;
    private Optional<String> header = Optional.empty();

    public Flow(Geometry geometry, TextLayout layout) {
        this.geometry = geometry;
        this.layout = layout;
    }

    public Geometry geometry() {
        return geometry;
    }

    public TextLayout layout() {
        return layout;
    }

    /** The pages so far. */
    public List<Canvas> pages() {
        return pages;
    }

    /** The page being filled; starts one if there is none. */
    public Canvas page() {
        if (page == null) {
            newPage();
        }
        return page;
    }

    /** Where the next content goes, from the top of the page. */
    public float y() {
        return y;
    }

    /** The left edge of the column, inside any open box. */
    public float left() {
        return geometry.left() + indentLeft;
    }

    /** The width of the column, inside any open box. */
    public float width() {
        return geometry.measure() - indentLeft - indentRight;
    }

    /** The room left on this page. */
    public float remaining() {
        return full ? 0 : geometry.floor() - y;
    }

    /** Whether nothing has been put on the page yet. */
    public boolean atTop() {
        return !full && y <= geometry.top() + topPadding() + 0.01f;
    }

    /** The running header of the pages started from now on. */
    public void header(Optional<String> text) {
        this.header = text;
    }

    /** Ends the page; what comes next starts a new one. */
    public void newPage() {
        closeBoxPortions();
        page = new Canvas(geometry.width(), geometry.height(), header);
        pages.add(page);
        y = geometry.top();
        full = false;
        reopenBoxes();
    }

    /** Takes a page laid out by another flow (of the same geometry) as the next page; what follows starts a new one. */
    public void adopt(Canvas laidOut) {
        if (!boxes.isEmpty()) {
            throw new IllegalStateException("a page cannot be adopted inside a box");
        }
        laidOut.header(header);
        pages.add(laidOut);
        page = laidOut;
        full = true;
    }

    /** Vertical space, dropped at the top of a page. */
    public void space(float h) {
        if (!atTop() && !full) {
            y += h;
        }
    }

    /** Moves down {@code h} points, even at the top of a page (to place content at a set height). */
    public void advance(float h) {
        page();
        y += h;
    }

    /** Starts a new page unless {@code h} points are left on this one. */
    public void ensure(float h) {
        if (page == null || full || (y + h > geometry.floor() + 0.01f && !atTop())) {
            newPage();
        }
    }

    /** Adds an outline entry pointing at where the next content goes. */
    public void mark(int level, String title) {
        page().mark(level, title, y);
    }

    /** Lays out {@code p} at the column's width. */
    public List<Line> lines(Paragraph p) {
        return layout.lines(p.spans(), width() - p.indent());
    }

    /** Adds a paragraph, split between lines across pages when it does not fit (never leaving a single line behind). */
    public void paragraph(Paragraph p) {
        paragraph(p, lines(p));
    }

    /** Adds a paragraph already laid out with {@link #lines(Paragraph)}. */
    public void paragraph(Paragraph p, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        float total = p.spaceBefore() + height(lines, lines.size());
        if (p.keepTogether() && total <= geometry.floor() - geometry.top()) {
            ensure(total);
        } else {
            ensure(p.spaceBefore() + height(lines, Math.min(2, lines.size())));
        }
        space(p.spaceBefore());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (y + line.height() > geometry.floor() + 0.01f && !atTop()) {
                newPage();
            }
            float x = left();
            if (i == 0 && p.marker().isPresent()) {
                p.marker().get().draw(page, x, y, line);
            }
            // A line that reads from right to left is set flush right, as a browser sets dir="auto" text.
            float shift = line.rightToLeft() ? Math.max(0, width() - p.indent() - line.width()) : 0;
            page.text(line, x + p.indent() + shift, y);
            y += line.height();
        }
        y += p.spaceAfter();
    }

    /** A heading that stays with the {@code keepNext} points of content after it; marked in the outline when {@code level >= 0}. */
    public void heading(Paragraph p, int level, String title, float keepNext) {
        List<Line> lines = lines(p);
        float h = p.spaceBefore() + height(lines, lines.size()) + p.spaceAfter() + keepNext;
        ensure(h);
        space(p.spaceBefore());
        if (level >= 0) {
            mark(level, title);
        }
        paragraph(new Paragraph(p.spans(), 0, p.spaceAfter(), p.indent(), p.marker(), true), lines);
    }

    /** A block of fixed height, moved to the next page whole if it does not fit. */
    public void fixed(float h, Drawer drawer) {
        ensure(h);
        drawer.draw(page, left(), y, width());
        y += h;
    }

    /** A table row, moved to the next page whole if it does not fit. */
    public void row(Row row) {
        List<List<Line>> cells = new ArrayList<>(row.cells().size());
        float h = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            List<Line> lines = layout.lines(row.cells().get(c), row.columns()[c] - row.gap());
            cells.add(lines);
            h = Math.max(h, height(lines, lines.size()));
        }
        float rowHeight = row.padTop() + h + row.padBottom();
        ensure(rowHeight);
        float x = left();
        if (row.fill() != null) {
            page.fill(new Rectangle2D.Float(x, y, width(), rowHeight), row.fill());
        }
        for (int c = 0; c < cells.size(); c++) {
            float ly = y + row.padTop();
            float column = row.columns()[c] - row.gap();
            for (Line line : cells.get(c)) {
                page.text(line, x + (line.rightToLeft() ? Math.max(0, column - line.width()) : 0), ly);
                ly += line.height();
            }
            x += row.columns()[c];
        }
        y += rowHeight;
        if (row.rule() != null) {
            page.line(left(), y, left() + width(), y, row.rule(), row.ruleWidth());
        }
    }

    /** Opens a box: what is added until {@link #endBox()} is framed by it, across pages if need be. */
    public void beginBox(Box box, float keep) {
        ensure(box.padTop() + keep);
        boxes.push(new OpenBox(box, y, page.position()));
        y += box.padTop();
        indentLeft += box.padLeft();
        indentRight += box.padRight();
    }

    /** Closes the box opened last. */
    public void endBox() {
        OpenBox open = boxes.pop();
        y += open.box().padBottom();
        indentLeft -= open.box().padLeft();
        indentRight -= open.box().padRight();
        drawBox(open, y);
    }

    private void drawBox(OpenBox open, float endY) {
        Box b = open.box();
        float x = left();
        float w = width();
        float h = endY - open.startY();
        if (h <= 0) {
            return;
        }
        if (b.fill() != null || b.border() != null) {
            page.insert(open.opIndex(), new Rectangle2D.Float(x, open.startY(), w, h), b.fill(), b.border(), b.borderWidth());
        }
        if (b.bar() != null) {
            page.insert(open.opIndex(), new Rectangle2D.Float(x, open.startY(), b.barWidth(), h), b.bar(), null, 0);
        }
    }

    /** At a page break: draws each open box down to where its content stopped on this page. */
    private void closeBoxPortions() {
        if (page == null || boxes.isEmpty()) {
            return;
        }
        float saveLeft = indentLeft;
        float saveRight = indentRight;
        for (OpenBox open : boxes) {
            indentLeft -= open.box().padLeft();
            indentRight -= open.box().padRight();
            drawBox(open, Math.min(y + open.box().padBottom(), geometry.floor()));
        }
        indentLeft = saveLeft;
        indentRight = saveRight;
    }

    private void reopenBoxes() {
        if (boxes.isEmpty()) {
            return;
        }
        List<OpenBox> outerFirst = new ArrayList<>(boxes);
        java.util.Collections.reverse(outerFirst);
        boxes.clear();
        for (OpenBox open : outerFirst) {
            boxes.push(new OpenBox(open.box(), y, page.position()));
            y += open.box().padTop();
        }
    }

    private float topPadding() {
        float p = 0;
        for (OpenBox open : boxes) {
            p += open.box().padTop();
        }
        return p;
    }

    /** The height of the first {@code n} lines. */
    public static float height(List<Line> lines, int n) {
        float h = 0;
        for (int i = 0; i < n; i++) {
            h += lines.get(i).height();
        }
        return h;
    }
}
