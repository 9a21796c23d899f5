package org.coffeechat.print;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import org.coffeechat.pdf.Canvas;
import org.coffeechat.pdf.TextLayout;
import org.coffeechat.pdf.TextLayout.Line;
import org.coffeechat.pdf.TextStyle;
import org.coffeechat.view.personal.TimelineView;
import org.coffeechat.view.personal.TimelineView.Lane;
import org.coffeechat.view.personal.TimelineView.Legend;
import org.coffeechat.view.personal.TimelineView.Marker;
import org.coffeechat.view.personal.TimelineView.Stat;
import org.coffeechat.view.personal.TimelineView.Tick;

/**
 * Draws the campaign timeline as PDF vectors from the same {@link TimelineView} the personal
 * guide's SVG ({@code personal/timeline.ftlx}) is drawn from, with the same shapes and colours:
 * the counts on top, one lane per contact with its steps on a time axis, today marked, overdue
 * steps ringed, and a key. The view is in pixels; the drawing scales it to the width it is given.
 */
final class TimelineDrawing {

    private static final Color RED = new Color(0xb42318);
    private static final Color GREY = new Color(0x8c959f);
    private static final Color TEXT = new Color(0x1c2024);
    private static final Color SECONDARY = new Color(0x50575e);
    private static final Color LEGEND = new Color(0x30363d);
    private static final Color PANEL = new Color(0xf4f6f8);
    private static final Color PANEL_EDGE = new Color(0xd5d9de);
    private static final Color ALERT_PANEL = new Color(0xfdecea);
    private static final Color ALERT_EDGE = new Color(0xe6a39a);
    private static final Color GRID = new Color(0xe3e7eb);
    private static final Color LANE_LINE = new Color(0xb9c1c8);

    private final TimelineView t;
    private final PacketStyle style;
    private final TextLayout layout;
    private Canvas canvas;
    private float ox;
    private float oy;
    private float k;

    TimelineDrawing(TimelineView timeline, PacketStyle style, TextLayout layout) {
        this.t = timeline;
        this.style = style;
        this.layout = layout;
    }

    /** The height of the drawing at {@code width} points wide. */
    float height(float width) {
        return width * t.height() / t.width();
    }

    /** Draws the timeline with its top left corner at ({@code x}, {@code y}), {@code width} points wide. */
    void draw(Canvas on, float x, float y, float width) {
        this.canvas = on;
        this.ox = x;
        this.oy = y;
        this.k = width / t.width();
        for (Stat s : t.stats()) {
            stat(s);
        }
        for (Tick tick : t.ticks()) {
            canvas.line(px(tick.x()), py(t.axisY()), px(tick.x()), py(t.lanesBottom()), GRID, k);
            text(tick.label(), 12, false, SECONDARY, tick.x() + 4, t.axisY() - 6, Anchor.START, 200);
        }
        for (Lane lane : t.lanes()) {
            lane(lane);
        }
        canvas.stroke(new Line2D.Float(px(t.todayX()), py(t.axisY() - 2), px(t.todayX()), py(t.lanesBottom() + 4)),
                style.accent, 2 * k, new float[] {5 * k, 4 * k}, false);
        text(t.todayLabel(), 12, true, style.accent, t.todayX(), t.lanesBottom() + 19, Anchor.MIDDLE, 300);
        for (Legend l : t.legend()) {
            if (l.kind().equals("state")) {
                shape(new Ellipse2D.Float(px(l.x() + 1), py(l.y() - 10), 12 * k, 12 * k), fillOf(l.state(), ""),
                        strokeOf(l.state()), 2);
            } else {
                marker(l.kind(), "upcoming", l.x() + 7, l.y() - 4);
            }
            text(l.label(), 12, false, LEGEND, l.x() + 20, l.y(), Anchor.START, 200);
        }
    }

    private void stat(Stat s) {
        boolean alert = s.id().equals("overdue") && s.value() > 0;
        shape(new RoundRectangle2D.Float(px(s.x()), py(8), s.width() * k, 60 * k, 20 * k, 20 * k),
                alert ? ALERT_PANEL : PANEL, alert ? ALERT_EDGE : PANEL_EDGE, 1);
        float valueWidth = text(Integer.toString(s.value()), 28, true, alert ? RED : style.primary, s.x() + 16, 47,
                Anchor.START, s.width() - 24);
        text(s.label(), 14, false, SECONDARY, s.x() + 16 + valueWidth / k + 8, 45, Anchor.START,
                s.width() - 32 - valueWidth / k);
    }

    private void lane(Lane lane) {
        if (lane.shaded()) {
            canvas.fill(new RoundRectangle2D.Float(px(8), py(lane.top()), (t.width() - 16) * k, lane.height() * k,
                    12 * k, 12 * k), PANEL);
        }
        float nameRoom = t.plotLeft() - 20 - 16;
        text(lane.name(), 14, true, TEXT, 20, lane.y() - 2, Anchor.START, nameRoom);
        text(lane.status(), 12, false, SECONDARY, 20, lane.y() + 14, Anchor.START, nameRoom);
        if (lane.hasLine()) {
            canvas.stroke(new Line2D.Float(px(lane.lineFrom()), py(lane.y()), px(lane.lineTo()), py(lane.y())),
                    LANE_LINE, 2 * k, null, true);
        }
        for (Marker m : lane.markers()) {
            if (m.state().equals("overdue") || m.state().equals("due")) {
                // The SVG's ring is the step's colour at a quarter opacity: the same colour on white paper.
                canvas.stroke(circle(m.x(), m.y(), 13), PacketStyle.lighter(strokeOf(m.state()), 0.75f), 5 * k);
            }
            marker(m.kind(), m.state(), m.x(), m.y());
            if (m.clipped().equals("before")) {
                text("earlier", 11, false, SECONDARY, m.x() + 10, m.y() - 10, Anchor.START, 80);
            } else if (m.clipped().equals("after")) {
                text("later", 11, false, SECONDARY, m.x() - 30, m.y() - 10, Anchor.START, 80);
            }
        }
    }

    /** A step's shape, as {@code personal/timeline.ftlx} draws it. */
    private void marker(String kind, String state, float cx, float cy) {
        Color fill = fillOf(state, kind);
        Color stroke = strokeOf(state);
        switch (kind) {
            case "meet" -> shape(polygon(cx, cy - 9, cx + 9, cy, cx, cy + 9, cx - 9, cy), fill, stroke, 2);
            case "thank" -> shape(new RoundRectangle2D.Float(px(cx - 6), py(cy - 6), 12 * k, 12 * k, 6 * k, 6 * k),
                    fill, stroke, 2);
            case "check-in" -> shape(circle(cx, cy, 6), state.equals("upcoming") ? Color.WHITE : fill, stroke, 3);
            case "confirm" -> shape(circle(cx, cy, 4), fill, stroke, 2);
            case "follow-up" -> shape(polygon(cx - 7, cy + 6, cx, cy - 7, cx + 7, cy + 6), fill, stroke, 2);
            default -> shape(circle(cx, cy, 7), fill, stroke, 2);
        }
    }

    private Color fillOf(String state, String kind) {
        return switch (state) {
            case "done" -> kind.equals("check-in") ? Color.WHITE : GREY;
            case "overdue" -> RED;
            case "due" -> style.accent;
            default -> Color.WHITE;
        };
    }

    private Color strokeOf(String state) {
        return switch (state) {
            case "done" -> GREY;
            case "overdue" -> RED;
            case "due" -> style.accent;
            default -> style.primary;
        };
    }

    private void shape(Shape s, Color fill, Color stroke, float strokeWidth) {
        canvas.fillAndStroke(s, fill, stroke, strokeWidth * k);
    }

    private Shape circle(float cx, float cy, float r) {
        return new Ellipse2D.Float(px(cx - r), py(cy - r), 2 * r * k, 2 * r * k);
    }

    private Shape polygon(float... xy) {
        Path2D.Float p = new Path2D.Float();
        p.moveTo(px(xy[0]), py(xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(px(xy[i]), py(xy[i + 1]));
        }
        p.closePath();
        return p;
    }

    private enum Anchor { START, MIDDLE }

    /**
     * Sets one line of text with its baseline at ({@code x}, {@code baseline}) in the view's pixels,
     * shortened with an ellipsis to {@code room} pixels; returns its width in points.
     */
    private float text(String text, float sizePx, boolean bold, Color color, float x, float baseline, Anchor anchor,
                       float room) {
        TextStyle s = style.body.withSize(sizePx * k).withBold(bold).withColor(color).withLeading(1.2f);
        Line line = Fit.ellipsize(layout, text, s, room * k);
        float left = anchor == Anchor.MIDDLE ? px(x) - line.width() / 2 : px(x);
        canvas.text(line, left, py(baseline) - line.baseline());
        return line.width();
    }

    private float px(float x) {
        return ox + x * k;
    }

    private float py(float y) {
        return oy + y * k;
    }
}
