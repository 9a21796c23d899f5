package org.coffeechat.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The style rules of one SVG picture and the computed properties of its elements: presentation
 * attributes, then {@code <style>} rules with simple selectors ({@code text}, {@code .late},
 * {@code rect.bar}, {@code #axis}, groups separated by commas) by specificity, then the
 * {@code style} attribute; inherited properties pass from parent to child.
 */
final class SvgStyle {

    static final Set<String> PROPERTIES = Set.of("fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity",
            "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "opacity", "font-size", "font-weight",
            "font-family", "font-style", "text-anchor", "dominant-baseline", "display", "visibility", "color",
            "stop-color", "letter-spacing", "text-transform", "fill-rule", "alignment-baseline");

    private static final Set<String> NOT_INHERITED = Set.of("opacity", "display", "stop-color");

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("([a-zA-Z][\\w-]*)?((?:[.#][\\w-]+)*)");
    private static final Pattern CLASS_OR_ID = Pattern.compile("([.#])([\\w-]+)");

    private record Rule(String element, List<String> classes, String id, int specificity, int order,
                        Map<String, String> declarations) {
        boolean matches(Element e) {
            if (element != null && !element.equalsIgnoreCase(localName(e))) {
                return false;
            }
            if (id != null && !id.equals(e.getAttribute("id"))) {
                return false;
            }
            if (!classes.isEmpty()) {
                List<String> has = List.of(e.getAttribute("class").trim().split("\\s+"));
                return has.containsAll(classes);
            }
            return true;
        }
    }

    private final List<Rule> rules;

    private SvgStyle(List<Rule> rules) {
        this.rules = rules;
    }

    /** The rules of every {@code <style>} element in the picture. */
    static SvgStyle of(Element svg) {
        List<Rule> rules = new ArrayList<>();
        collectRules(svg, rules);
        rules.sort((a, b) -> a.specificity != b.specificity ? Integer.compare(a.specificity, b.specificity)
                : Integer.compare(a.order, b.order));
        return new SvgStyle(List.copyOf(rules));
    }

    private static void collectRules(Node node, List<Rule> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (localName(e).equals("style")) {
                    parseRules(e.getTextContent(), out);
                } else {
                    collectRules(e, out);
                }
            }
        }
    }

    private static void parseRules(String css, List<Rule> out) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            Map<String, String> declarations = declarations(m.group(2));
            for (String selector : m.group(1).split(",")) {
                String s = selector.trim();
                Matcher sm = SIMPLE_SELECTOR.matcher(s);
                if (s.isEmpty() || s.startsWith("@") || !sm.matches()) {
                    continue; // descendant and other complex selectors are not supported
                }
                String element = sm.group(1);
                List<String> classes = new ArrayList<>();
                String id = null;
                Matcher parts = CLASS_OR_ID.matcher(sm.group(2));
                while (parts.find()) {
                    if (parts.group(1).equals(".")) {
                        classes.add(parts.group(2));
                    } else {
                        id = parts.group(2);
                    }
                }
                int specificity = (id == null ? 0 : 100) + classes.size() * 10 + (element == null ? 0 : 1);
                out.add(new Rule(element, List.copyOf(classes), id, specificity, out.size(), declarations));
            }
        }
    }

    static Map<String, String> declarations(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                String name = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = part.substring(colon + 1).replace("!important", "").trim();
                if (PROPERTIES.contains(name) && !value.isEmpty()) {
                    out.put(name, value);
                }
            }
        }
        return out;
    }

    /** The properties of {@code e} given those of its parent. */
    Map<String, String> compute(Element e, Map<String, String> parent) {
        Map<String, String> out = new HashMap<>();
        parent.forEach((k, v) -> {
            if (!NOT_INHERITED.contains(k)) {
                out.put(k, v);
            }
        });
        for (String name : PROPERTIES) {
            String value = attribute(e, name);
            if (!value.isEmpty()) {
                out.put(name, value.trim());
            }
        }
        for (Rule rule : rules) {
            if (rule.matches(e)) {
                out.putAll(rule.declarations);
            }
        }
        out.putAll(declarations(e.getAttribute("style")));
        out.replaceAll((k, v) -> v.equals("inherit") ? parent.getOrDefault(k, "") : v);
        return out;
    }

    static String localName(Element e) {
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    /** An attribute by its SVG name; HTML parsers may have lower-cased it ({@code viewBox}). */
    static String attribute(Element e, String name) {
        if (e.hasAttribute(name)) {
            return e.getAttribute(name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return e.hasAttribute(lower) ? e.getAttribute(lower) : "";
    }

    private static final Map<String, Color> NAMED = Map.ofEntries(
            Map.entry("black", Color.BLACK), Map.entry("white", Color.WHITE), Map.entry("red", new Color(255, 0, 0)),
            Map.entry("green", new Color(0, 128, 0)), Map.entry("blue", new Color(0, 0, 255)),
            Map.entry("gray", new Color(128, 128, 128)), Map.entry("grey", new Color(128, 128, 128)),
            Map.entry("silver", new Color(192, 192, 192)), Map.entry("lightgray", new Color(211, 211, 211)),
            Map.entry("lightgrey", new Color(211, 211, 211)), Map.entry("darkgray", new Color(169, 169, 169)),
            Map.entry("darkgrey", new Color(169, 169, 169)), Map.entry("dimgray", new Color(105, 105, 105)),
            Map.entry("whitesmoke", new Color(245, 245, 245)), Map.entry("gainsboro", new Color(220, 220, 220)),
            Map.entry("orange", new Color(255, 165, 0)), Map.entry("yellow", new Color(255, 255, 0)),
            Map.entry("gold", new Color(255, 215, 0)), Map.entry("purple", new Color(128, 0, 128)),
            Map.entry("navy", new Color(0, 0, 128)), Map.entry("teal", new Color(0, 128, 128)),
            Map.entry("maroon", new Color(128, 0, 0)), Map.entry("olive", new Color(128, 128, 0)),
            Map.entry("lime", new Color(0, 255, 0)), Map.entry("aqua", new Color(0, 255, 255)),
            Map.entry("cyan", new Color(0, 255, 255)), Map.entry("fuchsia", new Color(255, 0, 255)),
            Map.entry("magenta", new Color(255, 0, 255)), Map.entry("crimson", new Color(220, 20, 60)),
            Map.entry("darkred", new Color(139, 0, 0)), Map.entry("darkgreen", new Color(0, 100, 0)),
            Map.entry("darkblue", new Color(0, 0, 139)), Map.entry("steelblue", new Color(70, 130, 180)),
            Map.entry("tomato", new Color(255, 99, 71)), Map.entry("seagreen", new Color(46, 139, 87)),
            Map.entry("slategray", new Color(112, 128, 144)), Map.entry("slategrey", new Color(112, 128, 144)),
            Map.entry("firebrick", new Color(178, 34, 34)), Map.entry("goldenrod", new Color(218, 165, 32)),
            Map.entry("darkorange", new Color(255, 140, 0)), Map.entry("forestgreen", new Color(34, 139, 34)));

    private static final Pattern RGB = Pattern.compile(
            "rgba?\\(\\s*([\\d.]+%?)\\s*[, ]\\s*([\\d.]+%?)\\s*[, ]\\s*([\\d.]+%?)\\s*(?:[,/]\\s*([\\d.]+%?)\\s*)?\\)");

    /**
     * A paint value as a colour with alpha; empty for {@code none}, an unknown value, or a
     * reference ({@code url(#id)}) that {@code resolveUrl} cannot turn into a colour.
     */
    static Optional<Color> color(String value, String currentColor, java.util.function.Function<String, Optional<Color>> resolveUrl) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("none") || v.equals("transparent")) {
            return Optional.empty();
        }
        if (v.startsWith("url(")) {
            int close = v.indexOf(')');
            String ref = value.trim().substring(4, close < 0 ? value.trim().length() : close).replace("'", "")
                    .replace("\"", "").trim();
            Optional<Color> viaRef = ref.startsWith("#") ? resolveUrl.apply(ref.substring(1)) : Optional.empty();
            if (viaRef.isPresent()) {
                return viaRef;
            }
            String fallback = close >= 0 ? value.trim().substring(close + 1).trim() : "";
            return color(fallback, currentColor, resolveUrl);
        }
        if (v.equals("currentcolor")) {
            return currentColor.equalsIgnoreCase("currentcolor") ? Optional.of(Color.BLACK)
                    : color(currentColor, "black", resolveUrl);
        }
        if (v.startsWith("#")) {
            String hex = v.substring(1);
            try {
                if (hex.length() == 3 || hex.length() == 4) {
                    int r = Integer.parseInt(hex.substring(0, 1), 16) * 17;
                    int g = Integer.parseInt(hex.substring(1, 2), 16) * 17;
                    int b = Integer.parseInt(hex.substring(2, 3), 16) * 17;
                    int a = hex.length() == 4 ? Integer.parseInt(hex.substring(3, 4), 16) * 17 : 255;
                    return Optional.of(new Color(r, g, b, a));
                }
                if (hex.length() == 6 || hex.length() == 8) {
                    int r = Integer.parseInt(hex.substring(0, 2), 16);
                    int g = Integer.parseInt(hex.substring(2, 4), 16);
                    int b = Integer.parseInt(hex.substring(4, 6), 16);
                    int a = hex.length() == 8 ? Integer.parseInt(hex.substring(6, 8), 16) : 255;
                    return Optional.of(new Color(r, g, b, a));
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        Matcher m = RGB.matcher(v);
        if (m.matches()) {
            int r = channel(m.group(1));
            int g = channel(m.group(2));
            int b = channel(m.group(3));
            int a = m.group(4) == null ? 255 : (int) Math.round(255 * fraction(m.group(4)));
            return Optional.of(new Color(r, g, b, Math.max(0, Math.min(255, a))));
        }
        return Optional.ofNullable(NAMED.get(v));
    }

    private static int channel(String s) {
        double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) * 2.55 : Double.parseDouble(s);
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static double fraction(String s) {
        double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100 : Double.parseDouble(s);
        return Math.max(0, Math.min(1, v));
    }
}
