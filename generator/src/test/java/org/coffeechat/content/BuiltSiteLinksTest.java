package org.coffeechat.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curated content, built with the example career-center site, has no broken internal link:
 * every relative link, stylesheet, script and image points to a file the build wrote, and every
 * {@code #anchor} to an element with that id.
 */
class BuiltSiteLinksTest {

    private static BuiltGuide site;
    private static Map<String, Set<String>> ids;

    @BeforeAll
    static void build() {
        site = BuiltGuide.build(CuratedContent.site());
        ids = new HashMap<>();
        for (String path : site.files().files().keySet()) {
            if (path.endsWith(".html")) {
                ids.put(path, site.page(path).select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet()));
            }
        }
    }

    @Test
    void buildsEveryGuidePageAndEveryListPage() {
        assertTrue(ids.keySet().containsAll(List.of("index.html", "steps/index.html", "questions/index.html",
                "etiquette/index.html", "outreach/index.html", "faq/index.html")), ids.keySet().toString());
        long guidePages = ids.keySet().stream().filter(p -> p.startsWith("steps/") && !p.endsWith("index.html")).count();
        assertTrue(guidePages >= 22, "guide pages: " + guidePages);
    }

    @Test
    void everyInternalLinkPointsToAFileAndAnchorTheBuildWrote() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : ids.keySet()) {
            Document doc = site.page(page);
            for (Element e : doc.select("a[href], link[href], script[src], img[src], source[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (isExternal(ref)) {
                    continue;
                }
                checked++;
                String problem = resolve(page, ref);
                if (problem != null) {
                    broken.add(page + ": <" + e.tagName() + "> '" + ref + "' " + problem);
                }
            }
        }
        assertTrue(checked > 500, "internal links checked: " + checked);
        assertEquals(List.of(), broken);
    }

    private static boolean isExternal(String ref) {
        String lower = ref.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:") || lower.startsWith("data:");
    }

    /** Why {@code ref} on {@code page} is broken, or null when it is fine. */
    private static String resolve(String page, String ref) {
        if (ref.isEmpty()) {
            return "is empty";
        }
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        String anchor = hash < 0 ? "" : ref.substring(hash + 1);
        String target;
        if (path.isEmpty()) {
            target = page;
        } else {
            // Resolved as a browser would on the published site, so root-relative links (the 404 page's) count too.
            URI base = URI.create(site.baseUrl());
            URI resolved = base.resolve(page).resolve(path.replaceFirst("\\?.*", ""));
            if (!resolved.getPath().startsWith(base.getPath())) {
                return "points to " + resolved.getPath() + ", outside the site (" + base.getPath() + ")";
            }
            target = resolved.getPath().substring(base.getPath().length());
            if (target.isEmpty() || target.endsWith("/")) {
                target = target + "index.html";
            }
            if (!site.files().files().containsKey(target)) {
                return "points to " + target + ", which the build did not write";
            }
        }
        if (!anchor.isEmpty() && !ids.getOrDefault(target, Set.of()).contains(anchor)) {
            return "points to #" + anchor + ", which " + target + " does not have";
        }
        return null;
    }

    @Test
    void theLinkCheckSeesABrokenLink() {
        assertEquals(null, resolve("steps/prepare/research.html", "../../faq/index.html#why-does-advice-differ"));
        assertTrue(resolve("steps/prepare/research.html", "../../faq/missing.html") != null);
        assertTrue(resolve("steps/prepare/research.html", "#no-such-heading") != null);
        assertTrue(Path.of(CuratedContent.site().toString(), "site.yaml").toFile().isFile());
    }
}
