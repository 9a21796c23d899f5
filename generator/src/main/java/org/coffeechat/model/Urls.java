package org.coffeechat.model;

import java.util.Map;
import java.util.Optional;

/**
 * Where each page of the guide website is written, relative to the site root. Every link in the
 * built site is relative, so it works from {@code file://} and under any sub-path.
 */
public final class Urls {

    public static final String HOME = "index.html";
    public static final String STEPS = "steps/index.html";
    public static final String QUESTIONS = "questions/index.html";
    public static final String ETIQUETTE = "etiquette/index.html";
    public static final String OUTREACH = "outreach/index.html";
    public static final String FAQ = "faq/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";

    /** The site paths content may link to directly, as a reader would write them. */
    private static final Map<String, String> FIXED = Map.of(
            "/", HOME, "/steps/", STEPS, "/questions/", QUESTIONS, "/etiquette/", ETIQUETTE,
            "/outreach/", OUTREACH, "/faq/", FAQ);

    private Urls() {
    }

    /** A folder or file name without its ordering prefix: {@code 02-prepare} gives {@code prepare}. */
    public static String slug(String name) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return base.replaceFirst("^\\d+[-_]", "");
    }

    public static String section(String sectionSlug) {
        return "steps/" + sectionSlug + "/index.html";
    }

    public static String page(String sectionSlug, String pageSlug) {
        return "steps/" + sectionSlug + "/" + pageSlug + ".html";
    }

    /** The page a fixed path such as {@code /questions/} (or {@code /questions}) names. */
    public static Optional<String> fixed(String path) {
        String withSlash = path.endsWith("/") ? path : path + "/";
        return Optional.ofNullable(FIXED.get(withSlash));
    }

    /** A link from page {@code from} to page {@code to}, both site paths, as a relative URL. */
    public static String relative(String from, String to) {
        if (from.equals(to)) {
            return to.substring(to.lastIndexOf('/') + 1);
        }
        return rootFrom(from) + to;
    }

    /** The relative path from page {@code from} up to the site root: {@code ""}, {@code "../"}, ... */
    public static String rootFrom(String from) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
