package org.coffeechat.config;

import java.util.List;
import java.util.Optional;
import org.coffeechat.diag.SourceLocation;

/**
 * A career center's site settings.
 *
 * @param baseUrl    where the site is published, ending in {@code /} (used for the sitemap and 404 page);
 *                   empty when unknown
 * @param theme      {@code default} for the built-in theme, or a folder relative to the site folder
 * @param logo       a file in the site's or theme's {@code static/} folder, or empty for none
 * @param navigation extra navigation entries after the standard ones
 */
public record SiteConfig(String title, String organization, String baseUrl, String theme, Optional<String> logo,
                         Colors colors, List<NavLink> navigation, String locale, Guidance guidance,
                         SourceLocation source) {
    public SiteConfig {
        navigation = List.copyOf(navigation);
    }
}
