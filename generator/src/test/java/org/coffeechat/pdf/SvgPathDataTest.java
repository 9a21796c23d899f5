package org.coffeechat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgPathDataTest {

    private static List<String> segments(Path2D path) {
        List<String> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add(switch (type) {
                case PathIterator.SEG_MOVETO -> "M" + (int) c[0] + "," + (int) c[1];
                case PathIterator.SEG_LINETO -> "L" + (int) c[0] + "," + (int) c[1];
                case PathIterator.SEG_CUBICTO -> "C" + Math.round(c[4]) + "," + Math.round(c[5]);
                case PathIterator.SEG_CLOSE -> "Z";
                default -> "?";
            });
        }
        return out;
    }

    @Test
    void readsAbsoluteRelativeAndRepeatedCommands() {
        assertEquals(List.of("M10,20", "L30,20", "L30,50", "L20,60", "L25,62", "Z"),
                segments(SvgPathData.parse("M10 20h20v30l-10,10 5 2z")));
    }

    @Test
    void readsTheCompactNumberFormsOfSvg() {
        assertEquals(List.of("M1,0", "L0,0", "L-1,-2"), segments(SvgPathData.parse("M1.5.5L.2.3-1-2")));
    }

    @Test
    void drawsArcsThatEndWhereTheDataSays() {
        // The coffee cup of the example logo: two quarter arcs with compact flags.
        Path2D cup = SvgPathData.parse("M11 17h15v7a7 7 0 0 1-7 7h-1a7 7 0 0 1-7-7z");
        Rectangle2D bounds = cup.getBounds2D();
        assertEquals(11, bounds.getMinX(), 0.01);
        assertEquals(26, bounds.getMaxX(), 0.01);
        assertEquals(17, bounds.getMinY(), 0.01);
        assertEquals(31, bounds.getMaxY(), 0.01);
        List<String> s = segments(cup);
        assertEquals("C19,31", s.get(3), s.toString());
    }

    @Test
    void drawsAHalfCircleThroughTheRightSide() {
        Rectangle2D bounds = SvgPathData.parse("M0 0a10 10 0 0 1 0 20").getBounds2D();
        assertEquals(10, bounds.getMaxX(), 0.01);
        assertEquals(0, bounds.getMinX(), 0.01);
    }

    @Test
    void stopsAtBrokenDataKeepingWhatCameBefore() {
        assertEquals(List.of("M0,0", "L5,5"), segments(SvgPathData.parse("M0 0L5 5L x")));
    }
}
