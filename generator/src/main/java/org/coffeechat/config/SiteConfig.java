package org.coffeechat.config;

import java.util.List;
import java.util.Objects;
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
 * @param themeSource where the {@code theme:} value stands (for messages about the theme)
 * @param logoSource  where the {@code logo:} value stands
 */
public record SiteConfig(String title, String organization, String baseUrl, String theme, Optional<String> logo,
                         Colors colors, List<NavLink> navigation, String locale, Guidance guidance,
                         SourceLocation source, PaperSize paper, SourceLocation themeSource,
                         SourceLocation logoSource) {
    public SiteConfig {
        navigation = List.copyOf(navigation);
        Objects.requireNonNull(themeSource, "themeSource");
        Objects.requireNonNull(logoSource, "logoSource");
    }

    /** Settings whose theme and logo are located at {@code source} (built in code, not read from a file). */
    public SiteConfig(String title, String organization, String baseUrl, String theme, Optional<String> logo,
                      Colors colors, List<NavLink> navigation, String locale, Guidance guidance,
                      SourceLocation source, PaperSize paper) {
        this(title, organization, baseUrl, theme, logo, colors, navigation, locale, guidance, source, paper, source,
                source);
    }

    /** The same settings with PDF packets laid out for {@code size} (a command-line override). */
    public SiteConfig withPaper(PaperSize size) {
        return new SiteConfig(title, organization, baseUrl, theme, logo, colors, navigation, locale, guidance, source, size,
                themeSource, logoSource);
    }
}
