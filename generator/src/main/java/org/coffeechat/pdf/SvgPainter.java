package org.coffeechat.pdf;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws an SVG picture as PDF vector graphics, in the picture's own user coordinates (the caller
 * has set the transformation from them to the page). Supported: {@code g}, {@code rect} (with
 * rounded corners), {@code circle}, {@code ellipse}, {@code line}, {@code polyline},
 * {@code polygon}, {@code path} (every command), {@code text} with {@code tspan}, {@code use};
 * transforms; fill, stroke, opacity, dashes, caps and joins; style sheets with simple selectors.
 * A gradient is drawn in its first stop colour, which is right only for a gradient of one colour:
 * {@link SvgSupport} names what this class cannot draw, and a packet leaves such a picture out. Text is set in the built-in fonts, with the
 * same per-character fallback as the rest of the document.
 */
final class SvgPainter {

    private static final Pattern TRANSFORM = Pattern.compile("(matrix|translate|scale|rotate|skewX|skewY)\\s*\\(([^)]*)\\)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern LENGTH = Pattern.compile(
            "\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(px|pt|pc|mm|cm|in|em|ex|%)?\\s*");
    /** Elements that draw nothing themselves (or are drawn only when something refers to them). */
    private static final Set<String> NOT_DRAWN = Set.of("defs", "style", "title", "desc", "metadata", "clippath",
            "mask", "lineargradient", "radialgradient", "symbol", "marker", "pattern", "script", "foreignobject");

    private final ContentStream cb;
    private final SvgStyle style;
    private final Map<String, Element> ids;
    private final double viewportWidth;
    private final double viewportHeight;
    private int depth;

    /**
     * @param style the picture's style sheets ({@link SvgStyle#of})
     * @param ids   its elements by id ({@link #ids})
     */
    SvgPainter(ContentStream cb, SvgStyle style, Map<String, Element> ids, double viewportWidth,
               double viewportHeight) {
        this.cb = cb;
        this.style = style;
        this.ids = ids;
        this.viewportWidth = viewportWidth;
        this.viewportHeight = viewportHeight;
    }

    /** The elements of the picture by id, the first one where an id repeats. */
    static Map<String, Element> ids(Element svg) {
        Map<String, Element> ids = new HashMap<>();
        index(svg, ids);
        return Collections.unmodifiableMap(ids);
    }

    private static void index(Element e, Map<String, Element> ids) {
        String id = e.getAttribute("id");
        if (!id.isEmpty()) {
            ids.putIfAbsent(id, e);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                index(child, ids);
            }
        }
    }

    /** Draws the children of the root {@code svg} element. */
    void paintRoot(Element svg) {
        Map<String, String> rootStyle = style.compute(svg, Map.of("fill", "black", "font-size", "16"));
        paintChildren(svg, rootStyle);
    }

    private void paintChildren(Element parent, Map<String, String> parentStyle) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                paint(e, parentStyle);
            }
        }
    }

    private void paint(Element e, Map<String, String> parentStyle) {
        String name = SvgStyle.localName(e);
        if (NOT_DRAWN.contains(name)) {
            return;
        }
        Map<String, String> s = style.compute(e, parentStyle);
        if ("none".equals(s.get("display"))) {
            return;
        }
        String transform = SvgStyle.attribute(e, "transform");
        boolean saved = !transform.isEmpty() || name.equals("svg") || name.equals("use");
        if (saved) {
            cb.save();
            AffineTransform t = transform(transform);
            if (name.equals("use")) {
                t.translate(length(e, "x", 0, viewportWidth, s), length(e, "y", 0, viewportHeight, s));
            } else if (name.equals("svg")) {
                t.translate(length(e, "x", 0, viewportWidth, s), length(e, "y", 0, viewportHeight, s));
            }
            concat(t);
        }
        try {
            switch (name) {
                case "g", "a", "svg", "switch" -> paintChildren(e, s);
                case "use" -> paintUse(e, s);
                case "rect" -> paintRect(e, s);
                case "circle" -> {
                    double r = length(e, "r", 0, diagonal(), s);
                    double cx = length(e, "cx", 0, viewportWidth, s);
                    double cy = length(e, "cy", 0, viewportHeight, s);
                    if (r > 0) {
                        draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), s, true);
                    }
                }
                case "ellipse" -> {
                    double rx = length(e, "rx", 0, viewportWidth, s);
                    double ry = length(e, "ry", 0, viewportHeight, s);
                    double cx = length(e, "cx", 0, viewportWidth, s);
                    double cy = length(e, "cy", 0, viewportHeight, s);
                    if (rx > 0 && ry > 0) {
                        draw(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry), s, true);
                    }
                }
                case "line" -> {
                    Path2D.Double p = new Path2D.Double();
                    p.moveTo(length(e, "x1", 0, viewportWidth, s), length(e, "y1", 0, viewportHeight, s));
                    p.lineTo(length(e, "x2", 0, viewportWidth, s), length(e, "y2", 0, viewportHeight, s));
                    draw(p, s, false);
                }
                case "polyline", "polygon" -> {
                    List<Double> pts = numbers(SvgStyle.attribute(e, "points"));
                    if (pts.size() >= 4) {
                        Path2D.Double p = new Path2D.Double();
                        p.moveTo(pts.get(0), pts.get(1));
                        for (int i = 2; i + 1 < pts.size(); i += 2) {
                            p.lineTo(pts.get(i), pts.get(i + 1));
                        }
                        if (name.equals("polygon")) {
                            p.closePath();
                        }
                        draw(p, s, true);
                    }
                }
                case "path" -> draw(SvgPathData.parse(SvgStyle.attribute(e, "d")), s, true);
                case "text" -> paintText(e, s);
                default -> {
                    // Unknown elements draw nothing, as in a browser.
                }
            }
        } finally {
            if (saved) {
                cb.restore();
            }
        }
    }

    private void paintUse(Element e, Map<String, String> s) {
        String href = SvgStyle.attribute(e, "href");
        if (href.isEmpty()) {
            href = e.getAttribute("xlink:href");
        }
        Element target = href.startsWith("#") ? ids.get(href.substring(1)) : null;
        if (target != null && depth < 8) {
            depth++;
            try {
                if (SvgStyle.localName(target).equals("symbol")) {
                    paintChildren(target, style.compute(target, s));
                } else {
                    paint(target, s);
                }
            } finally {
                depth--;
            }
        }
    }

    private void paintRect(Element e, Map<String, String> s) {
        double x = length(e, "x", 0, viewportWidth, s);
        double y = length(e, "y", 0, viewportHeight, s);
        double w = length(e, "width", 0, viewportWidth, s);
        double h = length(e, "height", 0, viewportHeight, s);
        if (w <= 0 || h <= 0) {
            return;
        }
        boolean hasRx = !SvgStyle.attribute(e, "rx").isEmpty();
        boolean hasRy = !SvgStyle.attribute(e, "ry").isEmpty();
        double rx = hasRx ? length(e, "rx", 0, viewportWidth, s) : 0;
        double ry = hasRy ? length(e, "ry", 0, viewportHeight, s) : 0;
        if (hasRx && !hasRy) {
            ry = rx;
        } else if (hasRy && !hasRx) {
            rx = ry;
        }
        rx = Math.min(rx, w / 2);
        ry = Math.min(ry, h / 2);
        Shape shape = rx > 0 && ry > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * ry)
                : new Rectangle2D.Double(x, y, w, h);
        draw(shape, s, true);
    }

    private void draw(Shape shape, Map<String, String> s, boolean fillable) {
        if ("hidden".equals(s.get("visibility"))) {
            return;
        }
        String currentColor = s.getOrDefault("color", "black");
        Optional<Color> fill = fillable ? SvgStyle.color(s.getOrDefault("fill", "black"), currentColor, this::gradientColor)
                : Optional.empty();
        Optional<Color> stroke = SvgStyle.color(s.get("stroke"), currentColor, this::gradientColor);
        double strokeWidth = s.containsKey("stroke-width") ? parseLength(s.get("stroke-width"), 1, diagonal(), s) : 1;
        if (strokeWidth <= 0) {
            stroke = Optional.empty();
        }
        if (fill.isEmpty() && stroke.isEmpty()) {
            return;
        }
        double opacity = opacity(s.get("opacity"));
        double fillAlpha = opacity * opacity(s.get("fill-opacity")) * fill.map(c -> c.getAlpha() / 255.0).orElse(1.0);
        double strokeAlpha = opacity * opacity(s.get("stroke-opacity")) * stroke.map(c -> c.getAlpha() / 255.0).orElse(1.0);
        cb.save();
        alpha(fillAlpha, strokeAlpha);
        fill.ifPresent(cb::fillColor);
        if (stroke.isPresent()) {
            Color c = stroke.get();
            cb.strokeColor(c);
            cb.lineWidth((float) strokeWidth);
            cb.lineCap(switch (s.getOrDefault("stroke-linecap", "butt")) {
                case "round" -> 1;
                case "square" -> 2;
                default -> 0;
            });
            cb.lineJoin(switch (s.getOrDefault("stroke-linejoin", "miter")) {
                case "round" -> 1;
                case "bevel" -> 2;
                default -> 0;
            });
            List<Double> dashes = numbers(s.getOrDefault("stroke-dasharray", "none"));
            if (!dashes.isEmpty() && dashes.stream().anyMatch(d -> d > 0)) {
                if (dashes.size() % 2 == 1) {
                    List<Double> twice = new ArrayList<>(dashes);
                    twice.addAll(dashes);
                    dashes = twice;
                }
                float[] array = new float[dashes.size()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = dashes.get(i).floatValue();
                }
                cb.dash(array);
            }
        }
        cb.path(shape, null);
        cb.paint(fill.isPresent(), stroke.isPresent(), "evenodd".equals(s.get("fill-rule")));
        cb.restore();
    }

    private void alpha(double fill, double stroke) {
        if (fill >= 0.999 && stroke >= 0.999) {
            return;
        }
        cb.opacity((float) fill, (float) stroke);
    }

    private Optional<Color> gradientColor(String id) {
        Element target = ids.get(id);
        if (target == null) {
            return Optional.empty();
        }
        for (Node n = target.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element stop && SvgStyle.localName(stop).equals("stop")) {
                Map<String, String> st = style.compute(stop, Map.of());
                String color = st.getOrDefault("stop-color", SvgStyle.attribute(stop, "stop-color"));
                return SvgStyle.color(color.isEmpty() ? "black" : color, "black", x -> Optional.empty());
            }
        }
        return Optional.empty();
    }

    // ---- text ---------------------------------------------------------------------------------

    /** A piece of text with its own style, placed after the previous one unless it sets x or y. */
    private record Piece(String text, Map<String, String> style, Double x, Double y, double dx, double dy) {
    }

    private void paintText(Element text, Map<String, String> s) {
        List<Piece> pieces = new ArrayList<>();
        collectText(text, s, pieces, true);
        if (pieces.isEmpty()) {
            return;
        }
        // Collapse white space the way SVG does without xml:space="preserve".
        List<Piece> collapsed = new ArrayList<>();
        boolean lastSpace = true;
        for (Piece p : pieces) {
            StringBuilder b = new StringBuilder();
            for (char c : p.text.replaceAll("[\\r\\n\\t]", " ").toCharArray()) {
                if (c == ' ') {
                    if (!lastSpace) {
                        b.append(c);
                    }
                    lastSpace = true;
                } else {
                    b.append(c);
                    lastSpace = false;
                }
            }
            collapsed.add(new Piece(b.toString(), p.style, p.x, p.y, p.dx, p.dy));
        }
        Piece last = collapsed.get(collapsed.size() - 1);
        if (last.text.endsWith(" ")) {
            collapsed.set(collapsed.size() - 1, new Piece(last.text.substring(0, last.text.length() - 1), last.style,
                    last.x, last.y, last.dx, last.dy));
        }
        // Lay out chunks: a chunk starts at every piece with an absolute x and is anchored as a whole.
        double x = 0;
        double y = 0;
        List<List<Placed>> chunks = new ArrayList<>();
        List<Placed> chunk = new ArrayList<>();
        for (Piece p : collapsed) {
            if (p.x != null && !chunk.isEmpty()) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
            if (p.x != null) {
                x = p.x;
            }
            if (p.y != null) {
                y = p.y;
            }
            x += p.dx;
            y += p.dy;
            String t = "uppercase".equals(p.style.get("text-transform")) ? p.text.toUpperCase(Locale.ROOT) : p.text;
            double size = fontSize(p.style);
            List<Run> runs = runs(t, p.style);
            double width = 0;
            for (Run r : runs) {
                width += r.face.width(r.text, (float) size);
            }
            chunk.add(new Placed(runs, p.style, size, x, y + baselineShift(p.style, size), width));
            x += width;
        }
        chunks.add(chunk);
        for (List<Placed> c : chunks) {
            if (c.isEmpty()) {
                continue;
            }
            double start = c.get(0).x;
            double end = c.get(c.size() - 1).x + c.get(c.size() - 1).width;
            String anchor = c.get(0).style.getOrDefault("text-anchor", "start");
            double shift = switch (anchor) {
                case "middle" -> -(end - start) / 2;
                case "end" -> -(end - start);
                default -> 0;
            };
            for (Placed p : c) {
                drawText(p, shift);
            }
        }
    }

    private record Placed(List<Run> runs, Map<String, String> style, double size, double x, double y, double width) {
    }

    private record Run(String text, Face face) {
    }

    private void collectText(Element e, Map<String, String> s, List<Piece> out, boolean first) {
        Double x = first || !SvgStyle.attribute(e, "x").isEmpty() ? firstNumber(SvgStyle.attribute(e, "x")) : null;
        Double y = first || !SvgStyle.attribute(e, "y").isEmpty() ? firstNumber(SvgStyle.attribute(e, "y")) : null;
        double dx = Optional.ofNullable(firstNumber(SvgStyle.attribute(e, "dx"))).orElse(0.0);
        double dy = Optional.ofNullable(firstNumber(SvgStyle.attribute(e, "dy"))).orElse(0.0);
        if (first) {
            x = x == null ? 0.0 : x;
            y = y == null ? 0.0 : y;
        }
        boolean placed = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.add(placed ? new Piece(n.getNodeValue(), s, null, null, 0, 0) : new Piece(n.getNodeValue(), s, x, y, dx, dy));
                placed = true;
            } else if (n instanceof Element child && List.of("tspan", "a").contains(SvgStyle.localName(child))) {
                Map<String, String> cs = style.compute(child, s);
                if (!"none".equals(cs.get("display"))) {
                    if (!placed) {
                        out.add(new Piece("", s, x, y, dx, dy));
                        placed = true;
                    }
                    collectText(child, cs, out, false);
                }
            }
        }
    }

    private void drawText(Placed p, double shift) {
        if ("hidden".equals(p.style.get("visibility"))) {
            return;
        }
        String currentColor = p.style.getOrDefault("color", "black");
        Optional<Color> fill = SvgStyle.color(p.style.getOrDefault("fill", "black"), currentColor, this::gradientColor);
        if (fill.isEmpty()) {
            return;
        }
        double alpha = opacity(p.style.get("opacity")) * opacity(p.style.get("fill-opacity")) * fill.get().getAlpha() / 255.0;
        cb.save();
        alpha(alpha, 1);
        cb.fillColor(fill.get());
        double x = p.x + shift;
        for (Run r : p.runs) {
            cb.beginText();
            FontSubset font = cb.font(r.face, (float) p.size);
            cb.textMatrix(1, 0, 0, -1, (float) x, (float) p.y);
            cb.show(font, r.text);
            cb.endText();
            x += r.face.width(r.text, (float) p.size);
        }
        cb.restore();
    }

    /** Splits text into runs of one font each: the styled face, or the fallback that has the character. */
    private List<Run> runs(String text, Map<String, String> s) {
        String weight = s.getOrDefault("font-weight", "normal").trim();
        boolean bold = weight.equals("bold") || weight.equals("bolder")
                || weight.matches("\\d+") && Integer.parseInt(weight) >= 600;
        String fontStyle = s.getOrDefault("font-style", "normal");
        boolean italic = fontStyle.equals("italic") || fontStyle.equals("oblique");
        Face main = BuiltInFonts.text().face(bold, italic);
        List<Run> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Face f = main;
            if (!main.has(cp) && !Character.isWhitespace(cp)) {
                for (FontFamily family : BuiltInFonts.fallback()) {
                    if (family.face(bold, italic).has(cp)) {
                        f = family.face(bold, italic);
                        break;
                    }
                }
            }
            if (currentFace != null && f != currentFace) {
                out.add(new Run(current.toString(), currentFace));
                current.setLength(0);
            }
            currentFace = f;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!current.isEmpty()) {
            out.add(new Run(current.toString(), currentFace));
        }
        return out;
    }

    private double fontSize(Map<String, String> s) {
        return parseLength(s.getOrDefault("font-size", "16"), 16, diagonal(), Map.of("font-size", "16"));
    }

    private static double baselineShift(Map<String, String> s, double size) {
        return switch (s.getOrDefault("dominant-baseline", s.getOrDefault("alignment-baseline", "auto"))) {
            case "middle", "central" -> size * 0.35;
            case "hanging", "text-before-edge" -> size * 0.8;
            case "text-after-edge", "ideographic" -> -size * 0.2;
            default -> 0;
        };
    }

    // ---- numbers ------------------------------------------------------------------------------

    private double diagonal() {
        return Math.sqrt((viewportWidth * viewportWidth + viewportHeight * viewportHeight) / 2);
    }

    private double length(Element e, String attribute, double fallback, double percentOf, Map<String, String> s) {
        return parseLength(SvgStyle.attribute(e, attribute), fallback, percentOf, s);
    }

    /** A length in user units: a number, px, pt, pc, mm, cm, in, em, or a percentage of {@code percentOf}. */
    static double parseLength(String text, double fallback, double percentOf, Map<String, String> s) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Matcher m = LENGTH.matcher(text);
        if (!m.matches()) {
            return fallback;
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "pt" -> v * 4 / 3;
            case "pc" -> v * 16;
            case "mm" -> v * 96 / 25.4;
            case "cm" -> v * 96 / 2.54;
            case "in" -> v * 96;
            case "em" -> v * parseLength(s.getOrDefault("font-size", "16"), 16, percentOf, Map.of("font-size", "16"));
            case "ex" -> v * 0.5 * parseLength(s.getOrDefault("font-size", "16"), 16, percentOf, Map.of("font-size", "16"));
            case "%" -> v / 100 * percentOf;
            default -> v;
        };
    }

    private static double opacity(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            String v = value.trim();
            double o = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
            return Math.max(0, Math.min(1, o));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }

    private static Double firstNumber(String text) {
        List<Double> n = numbers(text);
        return n.isEmpty() ? null : n.get(0);
    }

    /** The transform attribute as an affine transform (an empty or broken one is the identity). */
    static AffineTransform transform(String text) {
        AffineTransform t = new AffineTransform();
        if (text == null || text.isBlank()) {
            return t;
        }
        Matcher m = TRANSFORM.matcher(text);
        while (m.find()) {
            List<Double> a = numbers(m.group(2));
            switch (m.group(1)) {
                case "matrix" -> {
                    if (a.size() == 6) {
                        t.concatenate(new AffineTransform(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5)));
                    }
                }
                case "translate" -> {
                    if (!a.isEmpty()) {
                        t.translate(a.get(0), a.size() > 1 ? a.get(1) : 0);
                    }
                }
                case "scale" -> {
                    if (!a.isEmpty()) {
                        t.scale(a.get(0), a.size() > 1 ? a.get(1) : a.get(0));
                    }
                }
                case "rotate" -> {
                    if (a.size() >= 3) {
                        t.rotate(Math.toRadians(a.get(0)), a.get(1), a.get(2));
                    } else if (!a.isEmpty()) {
                        t.rotate(Math.toRadians(a.get(0)));
                    }
                }
                case "skewX" -> {
                    if (!a.isEmpty()) {
                        t.shear(Math.tan(Math.toRadians(a.get(0))), 0);
                    }
                }
                case "skewY" -> {
                    if (!a.isEmpty()) {
                        t.shear(0, Math.tan(Math.toRadians(a.get(0))));
                    }
                }
                default -> {
                }
            }
        }
        return t;
    }

    private void concat(AffineTransform t) {
        double[] m = new double[6];
        t.getMatrix(m);
        cb.transform((float) m[0], (float) m[1], (float) m[2], (float) m[3], (float) m[4], (float) m[5]);
    }
}
