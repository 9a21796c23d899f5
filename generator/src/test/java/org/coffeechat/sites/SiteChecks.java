package org.coffeechat.sites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads a built site with jsoup and lists what is wrong with it; an empty list means the check passed. */
final class SiteChecks {

    private final Path root;
    /** The path the site is served under, from its baseUrl ("/" when unknown); the 404 page links from it. */
    private final String servedPath;
    private final Map<String, Document> pages = new TreeMap<>();

    SiteChecks(Path root, String baseUrl) {
        this.root = root;
        this.servedPath = baseUrl.isEmpty() ? "/" : URI.create(baseUrl).getPath();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.put(relative(file), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    Map<String, Document> pages() {
        return pages;
    }

    Document page(String path) {
        Document doc = pages.get(path);
        if (doc == null) {
            throw new AssertionError("no page " + path + " in " + pages.keySet());
        }
        return doc;
    }

    List<String> titlesAndHeadings() {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, doc) -> {
            if (doc.title().isBlank()) {
                problems.add(path + ": empty <title>");
            }
            int h1 = doc.select("h1").size();
            if (h1 != 1) {
                problems.add(path + ": " + h1 + " h1 elements");
            }
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(path + ": <" + h.tagName() + "> \"" + h.text() + "\" follows h" + previous);
                }
                previous = level;
            }
        });
        return problems;
    }

    List<String> landmarks() {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, doc) -> {
            for (String landmark : List.of("header", "nav", "main#main", "footer")) {
                if (doc.select(landmark).isEmpty()) {
                    problems.add(path + ": no " + landmark);
                }
            }
            Element first = doc.body().select("a[href]").first();
            if (first == null || !first.hasClass("skip-link") || !first.attr("href").equals("#main")) {
                problems.add(path + ": the first link is not the skip link to #main");
            }
            if (doc.selectFirst("html").attr("lang").isBlank()) {
                problems.add(path + ": no lang on <html>");
            }
            if (doc.select("meta[name=viewport]").isEmpty()) {
                problems.add(path + ": no viewport meta");
            }
        });
        return problems;
    }

    /** Every link, stylesheet, script and image leads to a file of the site, and every #anchor to an element. */
    List<String> links() {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, doc) -> {
            for (Element e : doc.select("a[href], link[href], script[src], img[src], iframe, object, embed")) {
                String address = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                boolean external = address.matches("(?i)(https?:|mailto:|tel:).*");
                if (external) {
                    boolean allowed = e.tagName().equals("a") || (e.tagName().equals("link") && e.attr("rel").equals("canonical"));
                    if (!allowed) {
                        problems.add(path + ": <" + e.tagName() + "> loads " + address + " from outside the site");
                    }
                    continue;
                }
                String problem = resolve(path, address);
                if (problem != null) {
                    problems.add(path + ": " + address + ": " + problem);
                }
            }
        });
        return problems;
    }

    private String resolve(String fromPage, String address) {
        if (address.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return "uses a scheme that is neither a web address nor a file of the site";
        }
        String fragment = address.contains("#") ? address.substring(address.indexOf('#') + 1) : "";
        String path = address.replaceFirst("[?#].*", "");
        String target;
        if (path.isEmpty()) {
            target = fromPage;
        } else if (path.startsWith("/")) {
            if (!fromPage.equals("404.html") || !path.startsWith(servedPath)) {
                return "an absolute path does not work from file:// or under a sub-path";
            }
            target = path.substring(servedPath.length());
        } else {
            target = URI.create(fromPage).resolve(path).normalize().toString();
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target += "index.html";
        }
        if (target.startsWith("../") || !Files.isRegularFile(root.resolve(target))) {
            return "no such file in the site";
        }
        if (!fragment.isEmpty()) {
            Document doc = pages.get(target);
            if (doc == null || doc.getElementById(fragment) == null) {
                return "no element with id '" + fragment + "' in " + target;
            }
        }
        return null;
    }

    /** The sitemap lists every page but the 404 page, each once, and nothing else. */
    List<String> sitemap(String baseUrl) {
        Path file = root.resolve("sitemap.xml");
        if (!Files.isRegularFile(file)) {
            return List.of("no sitemap.xml");
        }
        Document xml;
        try {
            xml = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> locs = xml.select("urlset > url > loc").eachText();
        Set<String> expected = new TreeSet<>();
        for (String page : pages.keySet()) {
            if (!page.equals("404.html")) {
                expected.add(baseUrl.isEmpty() ? page : baseUrl + (page.equals("index.html") ? "" : page));
            }
        }
        List<String> problems = new ArrayList<>();
        if (locs.size() != new TreeSet<>(locs).size()) {
            problems.add("sitemap.xml lists a page twice");
        }
        if (!new TreeSet<>(locs).equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(locs);
            Set<String> extra = new TreeSet<>(locs);
            extra.removeAll(expected);
            problems.add("sitemap.xml misses " + missing + " and lists unknown " + extra);
        }
        return problems;
    }

    /** Script, event-handler attributes and other active content that did not come from the theme. */
    List<String> activeContent() {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, doc) -> {
            for (Element e : doc.getAllElements()) {
                for (var attribute : e.attributes()) {
                    String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                    if (attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                        problems.add(path + ": <" + e.tagName() + "> has event handler " + attribute.getKey());
                    }
                    if (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:")) {
                        problems.add(path + ": <" + e.tagName() + " " + attribute.getKey() + "=\"" + value + "\">");
                    }
                }
            }
            for (Element script : doc.select("script")) {
                boolean theme = script.attr("src").endsWith("js/site.js") || script.attr("src").endsWith("js/search.js");
                if (!theme || !script.data().isBlank()) {
                    problems.add(path + ": a script that is not the theme's: " + script.outerHtml());
                }
            }
            for (Element style : doc.select("style")) {
                if (!style.parent().tagName().equals("head") || !style.data().startsWith(":root{")) {
                    problems.add(path + ": a style element that is not the theme's: " + style.outerHtml());
                }
            }
            for (Element e : doc.select("iframe, object, embed, svg, math, form[action], base, meta[http-equiv]")) {
                problems.add(path + ": unexpected <" + e.tagName() + ">");
            }
            for (Element img : doc.select("img")) {
                if (!img.hasClass("logo")) {
                    problems.add(path + ": unexpected image " + img.outerHtml());
                }
            }
        });
        return problems;
    }
}
