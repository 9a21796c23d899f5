package org.coffeechat.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coffeechat.config.NavLink;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.model.Content;
import org.coffeechat.model.Link;

/** Lists the external links of a built site with the places they are written. Reads only; never calls the network. */
public final class ExternalLinks {

    private ExternalLinks() {
    }

    /**
     * Every external address of the site: those written in content and site.yaml at their lines, and
     * those only the rendered pages hold (written by a template) at the template line.
     */
    public static List<ExternalLink> list(Content content, SiteConfig config, SiteLinks rendered, TemplateSources sources) {
        Map<String, Set<SourceLocation>> places = new TreeMap<>();
        content.allMarkdown().flatMap(m -> m.links().stream()).filter(Link::external)
                .forEach(l -> places.computeIfAbsent(l.written().strip(), k -> new TreeSet<>()).add(l.location()));
        for (NavLink nav : config.navigation()) {
            if (nav.url().matches("(?i)(https?|mailto|tel):.*")) {
                places.computeIfAbsent(nav.url(), k -> new TreeSet<>()).add(nav.source());
            }
        }
        rendered.external().forEach((url, templates) -> {
            // The site's own published addresses (canonical links) are not links to check.
            boolean own = !config.baseUrl().isEmpty() && url.startsWith(config.baseUrl());
            if (!own && !places.containsKey(url)) {
                Set<SourceLocation> at = places.computeIfAbsent(url, k -> new TreeSet<>());
                templates.forEach(t -> at.add(sources.locate(t, List.of(url))));
            }
        });
        List<ExternalLink> out = new ArrayList<>();
        places.forEach((url, at) -> out.add(new ExternalLink(url, new ArrayList<>(at))));
        return out;
    }
}
