package org.coffeechat.pdf;

import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.pdf.TextLayout.Line;

/**
 * One page as a list of things to draw, made before the document is written, so that the page
 * count ("page 3 of 25"), the running header and the outline are known when the page is drawn.
 * Coordinates are in points from the top left corner of the page, y growing downwards.
 */
public final class Canvas {

    /** Something drawn on a page. */
    sealed interface Op permits TextOp, ShapeOp, PictureOp {
    }

    record TextOp(Line line, float x, float baseline) implements Op {
    }

    /**
     * A shape in page coordinates, filled and/or stroked.
     *
     * @param dash dash and gap lengths, empty for a solid line
     */
    record ShapeOp(Shape shape, Color fill, Color stroke, float lineWidth, float[] dash, boolean roundCaps)
            implements Op {
    }

    /** A picture (a logo) scaled into a box. */
    record PictureOp(Picture picture, float x, float y, float width, float height) implements Op {
    }

    /** An entry of the document's outline: {@code level} 0 is the top. */
    public record Mark(int level, String title, float y) {
    }

    private final float width;
    private final float height;
    private final List<Op> ops = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private Optional<String> header;

    public Canvas(float width, float height, Optional<String> header) {
        this.width = width;
        this.height = height;
        this.header = header;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The running header of this page, if it has one. */
    public Optional<String> header() {
        return header;
    }

    public void header(Optional<String> text) {
        this.header = text;
    }

    /** Draws {@code line} with the top of its line box at {@code top}. */
    public void text(Line line, float x, float top) {
        ops.add(new TextOp(line, x, top + line.baseline()));
    }

    public void fill(Shape shape, Color color) {
        ops.add(new ShapeOp(shape, color, null, 0, null, false));
    }

    public void stroke(Shape shape, Color color, float lineWidth) {
        ops.add(new ShapeOp(shape, null, color, lineWidth, null, false));
    }

    public void fillAndStroke(Shape shape, Color fill, Color stroke, float lineWidth) {
        ops.add(new ShapeOp(shape, fill, stroke, lineWidth, null, false));
    }

    /** A dashed or round-capped stroke. */
    public void stroke(Shape shape, Color color, float lineWidth, float[] dash, boolean roundCaps) {
        ops.add(new ShapeOp(shape, null, color, lineWidth, dash, roundCaps));
    }

    /** A straight line. */
    public void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        stroke(new java.awt.geom.Line2D.Float(x1, y1, x2, y2), color, lineWidth);
    }

    public void picture(Picture picture, float x, float y, float w, float h) {
        ops.add(new PictureOp(picture, x, y, w, h));
    }

    /** Adds an outline entry pointing at {@code y} on this page. */
    public void mark(int level, String title, float y) {
        marks.add(new Mark(level, title, y));
    }

    /** Where the next thing drawn goes in the drawing order; see {@link #insert}. */
    int position() {
        return ops.size();
    }

    /** Draws a shape under what was drawn since {@code position} (a box's background under its text). */
    void insert(int position, Shape shape, Color fill, Color stroke, float lineWidth) {
        ops.add(position, new ShapeOp(shape, fill, stroke, lineWidth, null, false));
    }

    List<Op> ops() {
        return ops;
    }

    public List<Mark> marks() {
        return List.copyOf(marks);
    }
}
