package org.coffeechat.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;

/**
 * Parses SVG path data ({@code d="M11 17h15v7a7 7 0 0 1-7 7z"}) into a geometric path: every
 * command, absolute and relative, with implicit repetition and the compact number forms SVG
 * allows ({@code 1.5.5}, {@code -1-2}, arc flags written together). Data that stops making sense
 * ends the path there, as SVG renderers do.
 */
final class SvgPathData {

    private final String d;
    private int pos;

    private SvgPathData(String d) {
        this.d = d;
    }

    static Path2D.Double parse(String d) {
        Path2D.Double path = new Path2D.Double();
        new SvgPathData(d).into(path);
        return path;
    }

    private void into(Path2D.Double p) {
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        double lastCx = 0;
        double lastCy = 0;
        char previous = ' ';
        char command = ' ';
        try {
            while (true) {
                skipSeparators();
                if (pos >= d.length()) {
                    return;
                }
                char c = d.charAt(pos);
                if (Character.isLetter(c)) {
                    command = c;
                    pos++;
                } else if (command == ' ') {
                    return;
                } else if (command == 'M') {
                    command = 'L';
                } else if (command == 'm') {
                    command = 'l';
                }
                boolean rel = Character.isLowerCase(command);
                double ox = rel ? x : 0;
                double oy = rel ? y : 0;
                switch (Character.toUpperCase(command)) {
                    case 'M' -> {
                        x = ox + number();
                        y = oy + number();
                        p.moveTo(x, y);
                        startX = x;
                        startY = y;
                    }
                    case 'L' -> {
                        x = ox + number();
                        y = oy + number();
                        lineTo(p, x, y);
                    }
                    case 'H' -> {
                        x = ox + number();
                        lineTo(p, x, y);
                    }
                    case 'V' -> {
                        y = oy + number();
                        lineTo(p, x, y);
                    }
                    case 'C' -> {
                        double x1 = ox + number();
                        double y1 = oy + number();
                        lastCx = ox + number();
                        lastCy = oy + number();
                        x = ox + number();
                        y = oy + number();
                        curveTo(p, x1, y1, lastCx, lastCy, x, y);
                    }
                    case 'S' -> {
                        boolean smooth = "CcSs".indexOf(previous) >= 0;
                        double x1 = smooth ? 2 * x - lastCx : x;
                        double y1 = smooth ? 2 * y - lastCy : y;
                        lastCx = ox + number();
                        lastCy = oy + number();
                        x = ox + number();
                        y = oy + number();
                        curveTo(p, x1, y1, lastCx, lastCy, x, y);
                    }
                    case 'Q' -> {
                        lastCx = ox + number();
                        lastCy = oy + number();
                        double x0 = x;
                        double y0 = y;
                        x = ox + number();
                        y = oy + number();
                        quadTo(p, x0, y0, lastCx, lastCy, x, y);
                    }
                    case 'T' -> {
                        boolean smooth = "QqTt".indexOf(previous) >= 0;
                        lastCx = smooth ? 2 * x - lastCx : x;
                        lastCy = smooth ? 2 * y - lastCy : y;
                        double x0 = x;
                        double y0 = y;
                        x = ox + number();
                        y = oy + number();
                        quadTo(p, x0, y0, lastCx, lastCy, x, y);
                    }
                    case 'A' -> {
                        double rx = Math.abs(number());
                        double ry = Math.abs(number());
                        double angle = number();
                        boolean large = flag();
                        boolean sweep = flag();
                        double x0 = x;
                        double y0 = y;
                        x = ox + number();
                        y = oy + number();
                        arcTo(p, x0, y0, rx, ry, angle, large, sweep, x, y);
                    }
                    case 'Z' -> {
                        if (p.getCurrentPoint() != null) {
                            p.closePath();
                        }
                        x = startX;
                        y = startY;
                    }
                    default -> {
                        return;
                    }
                }
                previous = command;
            }
        } catch (IllegalArgumentException e) {
            // Malformed data: SVG renders the path up to the error.
        }
    }

    private static void lineTo(Path2D.Double p, double x, double y) {
        if (p.getCurrentPoint() == null) {
            p.moveTo(x, y);
        } else {
            p.lineTo(x, y);
        }
    }

    private static void curveTo(Path2D.Double p, double x1, double y1, double x2, double y2, double x, double y) {
        if (p.getCurrentPoint() == null) {
            p.moveTo(0, 0);
        }
        p.curveTo(x1, y1, x2, y2, x, y);
    }

    private static void quadTo(Path2D.Double p, double x0, double y0, double cx, double cy, double x, double y) {
        curveTo(p, cubicControl(x0, cx), cubicControl(y0, cy), cubicControl(x, cx), cubicControl(y, cy), x, y);
    }

    /**
     * One coordinate of a control point of the cubic curve that draws a quadratic one: two thirds
     * of the way from the quadratic's {@code end} (start for the first control point, end for the
     * second) towards its single control point {@code quadControl}.
     */
    static double cubicControl(double end, double quadControl) {
        return end + 2.0 / 3 * (quadControl - end);
    }

    /** The endpoint arc of SVG (implementation notes F.6.5) as cubic curves. */
    static void arcTo(Path2D.Double p, double x1, double y1, double rx, double ry, double angleDegrees,
                      boolean largeArc, boolean sweep, double x2, double y2) {
        if (x1 == x2 && y1 == y2) {
            return;
        }
        if (rx == 0 || ry == 0) {
            lineTo(p, x2, y2);
            return;
        }
        double phi = Math.toRadians(angleDegrees % 360);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x1 - x2) / 2;
        double dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy;
        double y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            double s = Math.sqrt(lambda);
            rx *= s;
            ry *= s;
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = (largeArc == sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
        double cxp = coef * (rx * y1p / ry);
        double cyp = coef * -(ry * x1p / rx);
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        double cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        // Arc2D measures angles counter-clockwise in a y-up sense; SVG's y axis points down.
        Arc2D.Double arc = new Arc2D.Double(-rx, -ry, 2 * rx, 2 * ry, -Math.toDegrees(theta1), -Math.toDegrees(delta),
                Arc2D.OPEN);
        AffineTransform place = new AffineTransform();
        place.translate(cx, cy);
        place.rotate(phi);
        PathIterator it = arc.getPathIterator(place);
        double[] c = new double[6];
        it.next(); // the arc's own start point is where the path already is
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_CUBICTO) {
                curveTo(p, c[0], c[1], c[2], c[3], c[4], c[5]);
            } else if (type == PathIterator.SEG_LINETO) {
                lineTo(p, c[0], c[1]);
            }
            it.next();
        }
        // Land exactly on the endpoint the data gave, whatever rounding did.
        if (p.getCurrentPoint() != null && (p.getCurrentPoint().getX() != x2 || p.getCurrentPoint().getY() != y2)) {
            lineTo(p, x2, y2);
        }
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        double a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
        return a;
    }

    private void skipSeparators() {
        while (pos < d.length() && (Character.isWhitespace(d.charAt(pos)) || d.charAt(pos) == ',')) {
            pos++;
        }
    }

    private boolean flag() {
        skipSeparators();
        if (pos < d.length() && (d.charAt(pos) == '0' || d.charAt(pos) == '1')) {
            return d.charAt(pos++) == '1';
        }
        throw new IllegalArgumentException("arc flag expected");
    }

    private double number() {
        skipSeparators();
        int start = pos;
        if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
            pos++;
        }
        boolean dot = false;
        boolean digits = false;
        while (pos < d.length()) {
            char c = d.charAt(pos);
            if (Character.isDigit(c)) {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
            pos++;
        }
        if (digits && pos < d.length() && (d.charAt(pos) == 'e' || d.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
                pos++;
            }
            int expStart = pos;
            while (pos < d.length() && Character.isDigit(d.charAt(pos))) {
                pos++;
            }
            if (pos == expStart) {
                pos = mark;
            }
        }
        if (!digits) {
            throw new IllegalArgumentException("number expected at " + start);
        }
        return Double.parseDouble(d.substring(start, pos));
    }
}
