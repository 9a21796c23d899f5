package org.coffeechat.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code href} or {@code src} of a rendered page, resolved against the page's address.
 *
 * @param written as it stands in the page
 * @param kind    what sort of address it is
 * @param target  for {@link Kind#INTERNAL}: the site path it leads to ({@code questions/index.html});
 *                for {@link Kind#EXTERNAL}: the address; otherwise empty
 * @param anchor  the part after {@code #}, may be empty
 */
record Href(String written, Kind kind, String target, String anchor) {

    enum Kind {
        /** A file of the built site. */
        INTERNAL,
        /** An http(s), mailto or tel address. */
        EXTERNAL,
        /** Starts with {@code /}: breaks from file:// and under a sub-path. */
        ROOT_ABSOLUTE,
        /** Climbs above the site's root folder. */
        OUTSIDE,
        /** javascript:, data: and other schemes nobody can check. */
        OTHER
    }

    /**
     * Resolves {@code written} as found on the page at site path {@code pageUrl}.
     *
     * @param absoluteRoot the path that root-absolute links of this page start from ({@code /} or the site's own
     *                     path on its host), or empty when the page must link relatively
     */
    static Href resolve(String pageUrl, String written, String absoluteRoot) {
        String trimmed = written.strip();
        int colon = trimmed.indexOf(':');
        if (colon > 0 && isScheme(trimmed, colon)) {
            String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel");
            return new Href(written, web ? Kind.EXTERNAL : Kind.OTHER, web ? trimmed : "", "");
        }
        if (trimmed.startsWith("//")) {
            return new Href(written, Kind.EXTERNAL, "https:" + trimmed, "");
        }
        int hash = trimmed.indexOf('#');
        String anchor = hash < 0 ? "" : decode(trimmed.substring(hash + 1));
        String path = hash < 0 ? trimmed : trimmed.substring(0, hash);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (path.isEmpty()) {
            return new Href(written, Kind.INTERNAL, pageUrl, anchor);
        }
        if (path.startsWith("/")) {
            if (absoluteRoot.isEmpty() || !path.startsWith(absoluteRoot)) {
                return new Href(written, Kind.ROOT_ABSOLUTE, "", anchor);
            }
            path = path.substring(absoluteRoot.length());
            return join(written, List.of(), path, anchor);
        }
        List<String> folder = new ArrayList<>(List.of(pageUrl.split("/")));
        folder.remove(folder.size() - 1);
        return join(written, folder, path, anchor);
    }

    private static boolean isScheme(String s, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = s.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    private static Href join(String written, List<String> folder, String path, String anchor) {
        List<String> parts = new ArrayList<>(folder);
        for (String part : decode(path).split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return new Href(written, Kind.OUTSIDE, "", anchor);
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        String target = String.join("/", parts);
        if (path.endsWith("/") || target.isEmpty()) {
            target = target.isEmpty() ? "index.html" : target + "/index.html";
        }
        return new Href(written, Kind.INTERNAL, target, anchor);
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The link as a site path with its anchor, for messages. */
    String shown() {
        return target + (anchor.isEmpty() ? "" : "#" + anchor);
    }
}
