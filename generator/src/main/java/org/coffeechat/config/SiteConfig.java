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
 * @param paper      the paper PDF packets are laid out for (default: from the locale's region)
 */
public record SiteConfig(String title, String organization, String baseUrl, String theme, Optional<String> logo,
                         Colors colors, List<NavLink> navigation, String locale, Guidance guidance,
                         SourceLocation source, PaperSize paper) {
    public SiteConfig {
        navigation = List.copyOf(navigation);
    }

    /** The same settings with PDF packets laid out for {@code size} (a command-line override). */
    public SiteConfig withPaper(PaperSize size) {
        return new SiteConfig(title, organization, baseUrl, theme, logo, colors, navigation, locale, guidance, source, size);
    }
}
