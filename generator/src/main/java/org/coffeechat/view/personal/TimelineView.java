package org.coffeechat.view.personal;

import java.util.List;

/**
 * The campaign timeline as a picture, laid out in pixels: one lane per contact with its steps on
 * a shared time axis, today marked, and the campaign's counts above. Templates draw it (as SVG);
 * all coordinates are whole pixels in a {@code width} by {@code height} box.
 */
public record TimelineView(int width, int height, String title, String description, int plotLeft, int plotRight,
                           int axisY, int lanesTop, int lanesBottom, int todayX, String todayLabel, List<Tick> ticks,
                           List<Lane> lanes, List<Stat> stats, List<Legend> legend, int legendY) {
    public TimelineView {
        ticks = List.copyOf(ticks);
        lanes = List.copyOf(lanes);
        stats = List.copyOf(stats);
        legend = List.copyOf(legend);
    }

    /** A month on the axis. */
    public record Tick(int x, String label) {
    }

    /** A contact's row: a line from its first to its last dated step, and a marker per step. */
    public record Lane(String name, String status, String statusId, String href, int y, int top, int height,
                       boolean shaded, int lineFrom, int lineTo, boolean hasLine, List<Marker> markers) {
        public Lane {
            markers = List.copyOf(markers);
        }
    }

    /**
     * A step on the axis.
     *
     * @param kind    {@code request}, {@code follow-up}, {@code confirm}, {@code meet}, {@code thank} or {@code check-in}
     * @param state   {@code done}, {@code overdue}, {@code due} or {@code upcoming}
     * @param clipped {@code before} or {@code after} when its date is off the axis (drawn at the edge), else empty
     * @param label   what a tooltip says: "Follow up · Thursday 12 February 2026 · upcoming"
     */
    public record Marker(int x, int y, String kind, String state, String clipped, String label) {
    }

    /** A count above the chart. */
    public record Stat(String id, String label, int value, int x, int width) {
    }

    /** A key to the markers. */
    public record Legend(int x, int y, String kind, String state, String label) {
    }
}
