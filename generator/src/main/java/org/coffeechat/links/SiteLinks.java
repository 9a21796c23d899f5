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
    /** Pages recorded or removed since the last check. */
    private final Set<String> recordedSinceCheck = ConcurrentHashMap.newKeySet();
    /** For each site path, the pages that link to it: built when a preview first checks only what changed. */
    private final Map<String, Set<String>> linkedFrom = new java.util.HashMap<>();
    /** Whether the last check found nothing broken. */
    private volatile boolean clean;

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
        PageLinks recorded = new PageLinks(template, Set.copyOf(HtmlScan.ids(html)), List.copyOf(hrefs));
        PageLinks before = pages.put(url, recorded);
        recordedSinceCheck.add(url);
        synchronized (linkedFrom) {
            if (!linkedFrom.isEmpty()) {
                unindex(url, before);
                index(url, recorded);
            }
        }
    }

    /** Forgets a page that is no longer part of the site. */
    public void remove(String url) {
        PageLinks before = pages.remove(url);
        recordedSinceCheck.add(url);
        synchronized (linkedFrom) {
            unindex(url, before);
        }
    }

    private void unindex(String url, PageLinks page) {
        if (page == null) {
            return;
        }
        for (Href href : page.hrefs()) {
            Set<String> from = linkedFrom.get(href.target());
            if (from != null) {
                from.remove(url);
            }
        }
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
        check(files, sources, problems, page -> true, Set.of(), href -> true);
    }

    /**
     * Like {@link #check}, but when the last check found nothing, looks only where something can
     * have broken since: every link of the pages recorded or removed since then, and the links of
     * other pages that lead to those pages or to {@code changedFiles} (written or removed).
     */
    public void checkChanged(Set<String> files, Set<String> changedFiles, TemplateSources sources, Diagnostics problems) {
        if (!clean) {
            check(files, sources, problems);
            return;
        }
        Set<String> targets = new java.util.HashSet<>(changedFiles);
        targets.addAll(recordedSinceCheck);
        Set<String> recorded = Set.copyOf(recordedSinceCheck);
        Set<String> linking = new java.util.HashSet<>(recorded);
        synchronized (linkedFrom) {
            if (linkedFrom.isEmpty()) {
                pages.forEach(this::index);
            }
            for (String target : targets) {
                linking.addAll(linkedFrom.getOrDefault(target, Set.of()));
            }
        }
        check(files, sources, problems, linking::contains, recorded, href -> targets.contains(href.target()));
    }

    /** Notes which pages {@code url}'s links lead to (kept only once a preview asked for it). */
    private void index(String url, PageLinks page) {
        for (Href href : page.hrefs()) {
            if (href.kind() == Href.Kind.INTERNAL) {
                linkedFrom.computeIfAbsent(href.target(), k -> new java.util.HashSet<>()).add(url);
            }
        }
    }

    /**
     * Checks the links of the pages {@code toCheck} accepts: all of them on the pages of {@code whole},
     * on the others only those {@code thisLink} accepts.
     */
    private void check(Set<String> files, TemplateSources sources, Diagnostics problems,
                       java.util.function.Predicate<String> toCheck, Set<String> whole,
                       java.util.function.Predicate<Href> thisLink) {
        recordedSinceCheck.clear();
        Map<Problem, TreeSet<String>> found = new TreeMap<>();
        Map<Href, String> verdicts = new IdentityHashMap<>();
        boolean everything = whole.isEmpty();
        for (Map.Entry<String, PageLinks> page : pages.entrySet()) {
            if (!toCheck.test(page.getKey())) {
                continue;
            }
            boolean all = everything || whole.contains(page.getKey());
            for (Href href : page.getValue().hrefs()) {
                if (!all && !thisLink.test(href)) {
                    continue;
                }
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
        clean = found.isEmpty();
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
