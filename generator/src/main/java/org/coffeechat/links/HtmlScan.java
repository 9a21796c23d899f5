package org.coffeechat.links;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code id}, {@code href} and {@code src} attributes of HTML that coffeechat rendered.
 * Not an HTML parser: it finds attributes written as {@code name="value"} or {@code name='value'}
 * after white space, which is how templates and the Markdown renderer write them. Text that merely
 * shows markup is escaped ({@code &quot;}) and so never matches.
 */
final class HtmlScan {

    private HtmlScan() {
    }

    /** The values of every {@code id} attribute, in document order, without repeats. */
    static Set<String> ids(String html) {
        Set<String> out = new LinkedHashSet<>();
        collect(html, "id=", out);
        return out;
    }

    /** The values of every {@code href} and {@code src} attribute, entities decoded, in document order. */
    static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        collect(html, "href=", out);
        collect(html, "src=", out);
        return out;
    }

    private static void collect(String html, String attribute, java.util.Collection<String> out) {
        int from = 0;
        while (true) {
            int at = html.indexOf(attribute, from);
            if (at < 0) {
                return;
            }
            from = at + attribute.length();
            if (at == 0 || !Character.isWhitespace(html.charAt(at - 1)) || from >= html.length()) {
                continue;
            }
            char quote = html.charAt(from);
            if (quote != '"' && quote != '\'') {
                continue;
            }
            int end = html.indexOf(quote, from + 1);
            if (end < 0) {
                return;
            }
            out.add(decode(html.substring(from + 1, end)));
            from = end + 1;
        }
    }

    /** Decodes the character references an attribute value may hold. */
    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int semi = c == '&' ? value.indexOf(';', i) : -1;
            if (semi > i + 1 && semi - i <= 10) {
                String name = value.substring(i + 1, semi);
                String decoded = switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> numeric(name);
                };
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            // Not a character reference: keep the text as written.
        }
        return null;
    }
}
