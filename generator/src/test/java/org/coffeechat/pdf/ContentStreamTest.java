package org.coffeechat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class ContentStreamTest {

    private static ContentStream stream() {
        return new ContentStream(new ContentStream.Resources(null), new PdfBytes(64));
    }

    @Test
    void drawsAQuadraticCurveAsTheCubicWithControlPointsTwoThirdsTowardsItsOwn() {
        ContentStream out = stream();
        out.path(new QuadCurve2D.Float(0, 0, 30, 60, 60, 0), null);
        assertEquals("0 0 m\n20 40 40 40 60 0 c\n", out.bytes().toString());
    }

    @Test
    void measuresACanvasShapeDownwardsFromTheTopOfThePage() {
        ContentStream out = stream();
        out.path(new QuadCurve2D.Float(0, 0, 30, 60, 60, 0), new AffineTransform(1, 0, 0, -1, 0, 100));
        assertEquals("0 100 m\n20 60 40 60 60 100 c\n", out.bytes().toString());
    }

    @Test
    void startsAQuadraticCurveAfterACloseFromTheStartOfTheClosedSubpath() {
        ContentStream out = stream();
        Path2D.Float p = new Path2D.Float();
        p.moveTo(0, 0);
        p.lineTo(90, 0);
        p.lineTo(90, 90);
        p.closePath();
        p.quadTo(30, 60, 60, 0);
        out.path(p, null);
        assertEquals("0 0 m\n90 0 l\n90 90 l\nh\n20 40 40 40 60 0 c\n", out.bytes().toString());
    }

    @Test
    void closesEverySubpathAndPaintsByTheRuleAsked() {
        ContentStream out = stream();
        Path2D.Float p = new Path2D.Float();
        p.append(new Rectangle2D.Float(1, 2, 3, 4), false);
        out.path(p, null);
        out.paint(true, true, true);
        out.paint(true, false, false);
        out.paint(false, true, false);
        out.paint(false, false, false);
        assertEquals("1 2 m\n4 2 l\n4 6 l\n1 6 l\n1 2 l\nh\nB*\nf\nS\nn\n", out.bytes().toString());
    }
}
