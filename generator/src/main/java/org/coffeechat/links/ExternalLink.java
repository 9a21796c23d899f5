package org.coffeechat.links;

import java.util.List;
import org.coffeechat.diag.SourceLocation;

/**
 * An address outside the guide (http, https, mailto or tel) and every place it is written.
 *
 * @param places content lines, site.yaml entries or template lines, sorted
 */
public record ExternalLink(String url, List<SourceLocation> places) {
    public ExternalLink {
        places = List.copyOf(places);
    }

    /** Whether a checker can ask a web server about it (http or https). */
    public boolean checkable() {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
