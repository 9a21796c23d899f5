package org.coffeechat.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.Suggestions;

/**
 * The links and anchors of every rendered page of a site, checked against the files the build
 * wrote. This is what catches a broken link that a template (rather than content) wrote; content
 * links are checked earlier, at their own line, by the content validator. Thread-safe: pages are
 * rendered, and so recorded, in parallel. The preview replaces a page's record when it renders the
 * page again.
 */
public final class SiteLinks {

    /** What one page holds: the template that rendered it, its anchors and its links. */
    private record PageLinks(String template, Set<String> ids, List<Href> hrefs) {
    }

    private final String notFoundPage;
    private final String absoluteRoot;
    private final Map<String, PageLinks> pages = new ConcurrentHashMap<>();
    /** Resolved links by the folder they are written in and what is written: most repeat on every page. */
    private final Map<String, Href> resolved = new ConcurrentHashMap<>();

    /**
     * @param notFoundPage the one page that may link from the host's root (it is served at any address)
     * @param absoluteRoot the path that page's links start from: {@code /} or the site's path on its host
     */
    public SiteLinks(String notFoundPage, String absoluteRoot) {
        this.notFoundPage = notFoundPage;
        this.absoluteRoot = absoluteRoot;
    }

    /** Records (or records again) the page at site path {@code url}, rendered by {@code template}. */
    public void page(String url, String template, String html) {
        boolean notFound = url.equals(notFoundPage);
        String folder = notFound ? "\u0000" : url.substring(0, url.lastIndexOf('/') + 1);
        Set<Href> hrefs = new LinkedHashSet<>();
        for (String written : HtmlScan.links(html)) {
            if (written.startsWith("#")) {
                // Same-page anchors differ on every page; they are not worth sharing.
                hrefs.add(Href.resolve(url, written, ""));
            } else {
                hrefs.add(resolved.computeIfAbsent(folder + written,
                        k -> Href.resolve(url, written, notFound ? absoluteRoot : "")));
            }
        }
        pages.put(url, new PageLinks(template, Set.copyOf(HtmlScan.ids(html)), List.copyOf(hrefs)));
    }

    /** Forgets a page that is no longer part of the site. */
    public void remove(String url) {
        pages.remove(url);
    }

    /** The anchors of a recorded page, empty for a page never recorded. */
    public Set<String> ids(String url) {
        PageLinks p = pages.get(url);
        return p == null ? Set.of() : p.ids();
    }

    /**
     * Reports every link of a recorded page that leads to no file of {@code files} (the site paths
     * the build wrote) or to an anchor its page does not have, once per place in a template, at
     * that place.
     */
    public void check(Set<String> files, TemplateSources sources, Diagnostics problems) {
        Map<Problem, TreeSet<String>> found = new TreeMap<>();
        Map<Href, String> verdicts = new IdentityHashMap<>();
        for (Map.Entry<String, PageLinks> page : pages.entrySet()) {
            for (Href href : page.getValue().hrefs()) {
                String why = verdicts.computeIfAbsent(href, h -> Objects.requireNonNullElse(problem(h, files), ""));
                if (!why.isEmpty()) {
                    found.computeIfAbsent(new Problem(page.getValue().template(), href.kind(), shown(href), why,
                            needles(href)), k -> new TreeSet<>()).add(page.getKey());
                }
            }
        }
        // The same line of layout.ftlh breaks every kind of page: say so once.
        Map<SourceLocation, Map<String, TreeSet<String>>> byPlace = new TreeMap<>();
        Map<String, String> reasons = new TreeMap<>();
        for (Map.Entry<Problem, TreeSet<String>> e : found.entrySet()) {
            Problem p = e.getKey();
            SourceLocation at = sources.locate(p.template(), p.needles());
            String key = p.shown();
            byPlace.computeIfAbsent(at, k -> new TreeMap<>()).computeIfAbsent(key, k -> new TreeSet<>()).addAll(e.getValue());
            reasons.put(key, p.why());
        }
        byPlace.forEach((at, links) -> links.forEach((shown, onPages) ->
                problems.error(at, reasons.get(shown).replace("{pages}", pages(onPages)))));
    }

    /** A broken link as found, before it is placed in a template. */
    private record Problem(String template, Href.Kind kind, String shown, String why, List<String> needles)
            implements Comparable<Problem> {
        @Override
        public int compareTo(Problem o) {
            return Comparator.comparing(Problem::template).thenComparing(Problem::shown).compare(this, o);
        }
    }

    private static String shown(Href href) {
        return href.kind() == Href.Kind.INTERNAL ? href.shown() : href.written();
    }

    /** Why {@code href} is broken, with {@code {pages}} where the pages go, or null when it is fine. */
    private String problem(Href href, Set<String> files) {
        return switch (href.kind()) {
            case EXTERNAL, OTHER -> null;
            case OUTSIDE -> "broken link '" + href.written() + "' {pages}: it leads out of the site's folder";
            case ROOT_ABSOLUTE -> "link '" + href.written() + "' {pages} starts with '/', so it breaks when the guide "
                    + "is opened from a folder or hosted under a sub-path; start it with ${site.root} instead";
            case INTERNAL -> {
                if (!files.contains(href.target())) {
                    yield "broken link to '" + href.shown() + "' {pages}: there is no such page or file in the site";
                }
                if (href.anchor().isEmpty() || !href.target().endsWith(".html")) {
                    yield null;
                }
                Set<String> ids = ids(href.target());
                yield ids.contains(href.anchor()) ? null : "broken link to '" + href.shown() + "' {pages}: the page has "
                        + "no anchor '#" + href.anchor() + "'" + Suggestions.didYouMean(href.anchor(), ids);
            }
        };
    }

    private static String pages(TreeSet<String> onPages) {
        int more = onPages.size() - 1;
        return "(on " + onPages.first() + (more == 0 ? "" : " and " + more + (more == 1 ? " more page" : " more pages")) + ")";
    }

    /** What to look for in the template: the link as written without its climb to the root, then less of it. */
    private static List<String> needles(Href href) {
        String w = href.written().strip();
        while (w.startsWith("../") || w.startsWith("./")) {
            w = w.substring(w.indexOf('/') + 1);
        }
        List<String> out = new ArrayList<>();
        out.add(w);
        int hash = w.indexOf('#');
        if (hash > 0) {
            out.add(w.substring(0, hash));
        }
        if (hash >= 0 && hash + 1 < w.length()) {
            out.add(w.substring(hash));
        }
        return out;
    }

    /** The external addresses of the recorded pages, each with the templates of the pages it is on. */
    public Map<String, Set<String>> external() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (PageLinks page : pages.values()) {
            for (Href href : page.hrefs()) {
                if (href.kind() == Href.Kind.EXTERNAL) {
                    out.computeIfAbsent(href.target(), k -> new TreeSet<>()).add(page.template());
                }
            }
        }
        return out;
    }
}
