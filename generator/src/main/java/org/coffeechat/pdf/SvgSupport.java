package org.coffeechat.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds what an SVG picture uses that {@link SvgPainter} cannot draw as a browser would: each is
 * named with its line in the file ({@code <mask> (line 12)}), so that a picture that would come
 * out wrong is not drawn at all. What is not listed here draws as in a browser; the table in
 * docs/CONTENT.md says which is which.
 */
final class SvgSupport {

    /** Elements the painter draws, or that draw nothing themselves. */
    private static final Set<String> KNOWN = Set.of("svg", "g", "a", "defs", "title", "desc", "metadata", "style",
            "use", "symbol", "rect", "circle", "ellipse", "line", "polyline", "polygon", "path", "text", "tspan",
            "lineargradient", "radialgradient", "stop", "script", "view");
    /** Elements drawn only where a property refers to them; unused, they change nothing. */
    private static final Set<String> REFERENCED_ONLY = Set.of("clippath", "mask", "filter", "pattern", "marker");
    /** Subtrees that never draw and need no look. */
    private static final Set<String> SKIPPED = Set.of("metadata", "title", "desc", "script", "style");
    private static final Set<String> DRAWING = Set.of("rect", "circle", "ellipse", "line", "polyline", "polygon",
            "path", "text", "tspan");
    private static final Set<String> CONTAINERS = Set.of("g", "a", "svg", "use", "symbol");

    /** Properties the painter ignores, with the value at which ignoring them is right. */
    private static final Map<String, Set<String>> IGNORED_PROPERTIES = Map.ofEntries(
            Map.entry("clip-path", Set.of("none")), Map.entry("mask", Set.of("none")),
            Map.entry("filter", Set.of("none")), Map.entry("marker", Set.of("none")),
            Map.entry("marker-start", Set.of("none")), Map.entry("marker-mid", Set.of("none")),
            Map.entry("marker-end", Set.of("none")), Map.entry("mix-blend-mode", Set.of("normal")),
            Map.entry("paint-order", Set.of("normal", "fill", "fill stroke", "fill stroke markers")),
            Map.entry("stroke-dashoffset", Set.of("0", "0px")), Map.entry("vector-effect", Set.of("none")),
            Map.entry("word-spacing", Set.of("normal", "0")), Map.entry("text-decoration", Set.of("none")),
            Map.entry("writing-mode", Set.of("horizontal-tb", "lr", "lr-tb")),
            Map.entry("baseline-shift", Set.of("baseline", "0")), Map.entry("font-variant", Set.of("normal")),
            Map.entry("font-stretch", Set.of("normal", "100%")), Map.entry("transform-origin", Set.of()),
            Map.entry("transform", Set.of("none")), Map.entry("textlength", Set.of()),
            Map.entry("rotate", Set.of("0")), Map.entry("stop-opacity", Set.of("1")));
    /** Font families the built-in text font stands for. */
    private static final Set<String> BUILT_IN_FAMILIES = Set.of("sans-serif", "noto sans", "system-ui");
    private static final Pattern DECLARATION = Pattern.compile("([a-zA-Z-]+)\\s*:\\s*([^;}]*)");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("([a-zA-Z][\\w-]*)?((?:[.#][\\w-]+)*)");

    private final SvgStyle style;
    private final Map<String, Element> ids;
    private final Set<String> found = new LinkedHashSet<>();

    private SvgSupport(SvgStyle style, Map<String, Element> ids) {
        this.style = style;
        this.ids = ids;
    }

    /**
     * What {@code svg} (parsed with positions tracked) uses that cannot be drawn, in document order,
     * each once: {@code <mask> (line 12)}; empty when the picture draws as in a browser.
     */
    static List<String> unsupported(Element svg, SvgStyle style, Map<String, Element> ids) {
        SvgSupport check = new SvgSupport(style, ids);
        check.styleSheets(svg);
        check.element(svg, style.compute(svg, Map.of("fill", "black", "font-size", "16")), true);
        return List.copyOf(check.found);
    }

    private void styleSheets(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (SvgStyle.localName(child).equals("style")) {
                    String css = child.getTextContent().replaceAll("(?s)/\\*.*?\\*/", "");
                    Matcher m = RULE.matcher(css);
                    while (m.find()) {
                        for (String selector : m.group(1).split(",")) {
                            String s = selector.trim();
                            if (!s.isEmpty() && !s.startsWith("@") && !SIMPLE_SELECTOR.matcher(s).matches()) {
                                add("the style rule '" + s + "'", child);
                            }
                        }
                        declarations(m.group(2), "<style>", child);
                    }
                } else {
                    styleSheets(child);
                }
            }
        }
    }

    private void element(Element e, Map<String, String> s, boolean root) {
        String name = SvgStyle.localName(e);
        if (isForeign(e) || SKIPPED.contains(name) || REFERENCED_ONLY.contains(name)) {
            return;
        }
        if (!KNOWN.contains(name)) {
            add("<" + e.getTagName() + ">", e);
            return;
        }
        if ("none".equals(s.get("display"))) {
            return;
        }
        attributes(e, s);
        if (name.equals("svg") && !root) {
            add("a nested <svg>", e);
        }
        if (name.equals("symbol") && !SvgStyle.attribute(e, "viewBox").isBlank()) {
            add("a <symbol> with a viewBox", e);
        }
        if (name.equals("use")) {
            use(e);
        }
        if (name.equals("lineargradient") || name.equals("radialgradient")) {
            return;
        }
        double opacity = opacity(s.get("opacity"));
        if (opacity < 0.999 && (CONTAINERS.contains(name) || name.equals("text") && hasElementChildren(e))) {
            add("opacity on a group (<" + e.getTagName() + ">)", e);
        }
        if (DRAWING.contains(name)) {
            paint(e, s, opacity);
        }
        if (name.equals("text") || name.equals("tspan")) {
            text(e, s);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                element(child, style.compute(child, s), false);
            }
        }
    }

    /** Inkscape's, Illustrator's and other editors' own elements, which browsers ignore. */
    private static boolean isForeign(Element e) {
        String tag = e.getTagName();
        int colon = tag.indexOf(':');
        return colon > 0 && !tag.substring(0, colon).equals("svg");
    }

    private void attributes(Element e, Map<String, String> s) {
        for (var entry : IGNORED_PROPERTIES.entrySet()) {
            String property = entry.getKey();
            String value = SvgStyle.attribute(e, property.equals("textlength") ? "textLength" : property).trim();
            if (property.equals("transform")) {
                continue; // the transform attribute is drawn; the CSS property is not
            }
            if (property.equals("rotate") && !value.isEmpty() && !List.of("text", "tspan").contains(SvgStyle.localName(e))) {
                continue;
            }
            if (!value.isEmpty() && !entry.getValue().contains(value.toLowerCase(Locale.ROOT))) {
                add(describe(property, value), e);
            }
        }
        declarations(e.getAttribute("style"), "style", e);
        String space = e.getAttribute("xml:space");
        if (space.equals("preserve")) {
            add("xml:space=\"preserve\"", e);
        }
    }

    private void declarations(String css, String where, Element at) {
        Matcher m = DECLARATION.matcher(css);
        while (m.find()) {
            String property = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).replace("!important", "").trim().toLowerCase(Locale.ROOT);
            Set<String> harmless = IGNORED_PROPERTIES.get(property);
            if (harmless != null && !harmless.contains(value)) {
                add(describe(property, value) + " in " + where, at);
            }
        }
    }

    private static String describe(String property, String value) {
        return switch (property) {
            case "clip-path" -> "a clip path (<clipPath>)";
            case "mask" -> "<mask>";
            case "filter" -> "a filter (<filter>)";
            case "marker", "marker-start", "marker-mid", "marker-end" -> "markers (<marker>)";
            case "stop-opacity" -> "a gradient stop's opacity";
            case "textlength" -> "textLength";
            default -> property + ": " + value;
        };
    }

    private void use(Element e) {
        String href = SvgStyle.attribute(e, "href");
        if (href.isEmpty()) {
            href = e.getAttribute("xlink:href");
        }
        if (!href.isEmpty() && !href.startsWith("#")) {
            add("a <use> of another file (" + href + ")", e);
            return;
        }
        Element target = ids.get(href.isEmpty() ? "" : href.substring(1));
        if (target != null) {
            String name = SvgStyle.localName(target);
            if (REFERENCED_ONLY.contains(name) || !KNOWN.contains(name)) {
                add("<" + target.getTagName() + ">", e);
            }
        }
    }

    private void paint(Element e, Map<String, String> s, double opacity) {
        String name = SvgStyle.localName(e);
        boolean fillable = !name.equals("line");
        boolean fills = fillable && paint("fill", s.getOrDefault("fill", "black"), s, e);
        boolean strokes = paint("stroke", s.get("stroke"), s, e);
        if (opacity < 0.999 && fills && strokes) {
            add("opacity on a shape both filled and stroked", e);
        }
        String dashes = s.getOrDefault("stroke-dasharray", "none").trim();
        if (strokes && !dashes.equals("none") && dashes.matches(".*[a-zA-Z%].*")) {
            add("stroke-dasharray in units (" + dashes + ")", e);
        }
    }

    /** Whether the paint draws anything; reports a paint that cannot be drawn. */
    private boolean paint(String property, String value, Map<String, String> s, Element e) {
        if (value == null) {
            return false;
        }
        String v = value.trim();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("none") || lower.equals("transparent")) {
            return false;
        }
        if (lower.startsWith("url(")) {
            int close = v.indexOf(')');
            String ref = v.substring(4, close < 0 ? v.length() : close).replace("'", "").replace("\"", "").trim();
            Element target = ref.startsWith("#") ? ids.get(ref.substring(1)) : null;
            if (target == null) {
                String fallback = close >= 0 ? v.substring(close + 1).trim() : "";
                return paint(property, fallback, s, e);
            }
            gradient(target, e);
            return true;
        }
        if (lower.equals("currentcolor")) {
            String color = s.getOrDefault("color", "black");
            if (!color.equalsIgnoreCase("currentcolor") && colour(color).isEmpty()) {
                add("the colour '" + color + "'", e);
            }
            return true;
        }
        if (colour(v).isEmpty()) {
            add("the " + property + " colour '" + v + "'", e);
        }
        return true;
    }

    /** A gradient is drawn as one colour, which is right only when every stop has that colour. */
    private void gradient(Element target, Element user) {
        String name = SvgStyle.localName(target);
        if (!name.equals("lineargradient") && !name.equals("radialgradient")) {
            add("<" + target.getTagName() + "> as a paint", user);
            return;
        }
        Set<Integer> colours = new LinkedHashSet<>();
        boolean opaque = true;
        for (Node n = target.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element stop && SvgStyle.localName(stop).equals("stop")) {
                Map<String, String> st = style.compute(stop, Map.of());
                String color = st.getOrDefault("stop-color", "black");
                colours.add(colour(color.isEmpty() ? "black" : color).map(Color::getRGB).orElse(0));
                String stopOpacity = SvgStyle.attribute(stop, "stop-opacity");
                opaque &= opacity(stopOpacity) >= 0.999
                        && opacity(SvgStyle.declarations(stop.getAttribute("style")).get("stop-opacity")) >= 0.999;
            }
        }
        if (colours.size() != 1 || !opaque || colours.contains(0)) {
            add("a gradient (<" + target.getTagName() + " id=\"" + target.getAttribute("id") + "\">)", user);
        }
    }

    private void text(Element e, Map<String, String> s) {
        String family = s.getOrDefault("font-family", "").trim();
        if (!family.isEmpty()) {
            String first = family.split(",")[0].replace("'", "").replace("\"", "").trim().toLowerCase(Locale.ROOT);
            if (!BUILT_IN_FAMILIES.contains(first)) {
                add("text in the font '" + family + "' (convert the text to paths)", e);
            }
        }
        String spacing = s.getOrDefault("letter-spacing", "normal").trim();
        if (!spacing.equals("normal") && !spacing.equals("0")) {
            add("letter-spacing", e);
        }
        for (String position : List.of("x", "y", "dx", "dy")) {
            if (SvgPainter.numbers(SvgStyle.attribute(e, position)).size() > 1) {
                add("a " + position + " for each character", e);
            }
        }
        if (SvgStyle.attribute(e, "x").contains("%") || SvgStyle.attribute(e, "y").contains("%")) {
            add("a text position in per cent", e);
        }
    }

    private static boolean hasElementChildren(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Color> colour(String value) {
        return SvgStyle.color(value, "black", x -> Optional.empty());
    }

    private static double opacity(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            String v = value.trim();
            return v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void add(String what, Element at) {
        found.add(what + line(at));
    }

    /** {@code " (line 12)"}, when the parser kept the element's position. */
    private static String line(Element e) {
        if (e.getUserData(W3CDom.SourceProperty) instanceof org.jsoup.nodes.Node source
                && source.sourceRange().isTracked()) {
            return " (line " + source.sourceRange().start().lineNumber() + ")";
        }
        return "";
    }
}
