package org.coffeechat.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.Suggestions;
import org.coffeechat.diag.TextFiles;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.output.Output;
import org.coffeechat.yaml.Fields;
import org.coffeechat.yaml.YNode;
import org.coffeechat.yaml.YamlReader;

/** Reads {@code site.yaml} strictly, filling what it leaves out from the built-in defaults. */
public final class SiteConfigLoader {

    public static final String FILE_NAME = "site.yaml";

    private static final List<String> KEYS = List.of("title", "organization", "baseUrl", "theme", "logo", "colors",
            "navigation", "locale", "guidance", "paper");

    private SiteConfigLoader() {
    }

    /** The config of a site folder; the defaults when {@code siteDir} is empty or has no {@code site.yaml}. */
    public static SiteConfig load(Optional<Path> siteDir, java.util.function.Function<Path, String> displayPath,
                                  Diagnostics problems) {
        Optional<Path> file = siteDir.map(d -> d.resolve(FILE_NAME)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return defaults();
        }
        String path = displayPath.apply(file.get());
        Optional<String> read = TextFiles.read(file.get(), path, problems);
        if (read.isEmpty()) {
            return defaults();
        }
        String text = read.get();
        return YamlReader.read(path, text, 1, problems)
                .flatMap(root -> Fields.of(root, "the site config", KEYS, nestedKeys(), problems))
                .map(f -> fromFields(f, problems))
                .orElseGet(SiteConfigLoader::defaults);
    }

    /** The keys under {@code guidance:}: every setting, and the sensitive questions a site allows. */
    private static final List<String> GUIDANCE_KEYS = java.util.stream.Stream.concat(
            Guidance.defaults().asMap().keySet().stream(), java.util.stream.Stream.of("sensitiveQuestions")).toList();
    /** The keys under {@code colors:}. */
    private static final List<String> COLOR_KEYS = List.of("primary", "accent");

    /** The keys of the site config's mappings, each with the key it belongs under (for did-you-mean). */
    private static java.util.Map<String, String> nestedKeys() {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        GUIDANCE_KEYS.forEach(k -> keys.put(k, "guidance"));
        COLOR_KEYS.forEach(k -> keys.put(k, "colors"));
        return keys;
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Coffee chats: a guide to informational interviews", "Career Centre", "", "default",
                Optional.empty(), Colors.defaults(), List.of(), "en", Guidance.defaults(), SourceLocation.file("(built-in)"), PaperSize.LETTER);
    }

    private static SiteConfig fromFields(Fields f, Diagnostics problems) {
        SiteConfig d = defaults();
        String title = f.optionalString("title").orElse(d.title());
        String organization = f.optionalString("organization").orElse(d.organization());
        String baseUrl = f.optionalString("baseUrl").map(u -> checkBaseUrl(u, f.locationOf("baseUrl"), problems))
                .orElse(d.baseUrl());
        String theme = f.optionalString("theme").map(t -> checkTheme(t, f.locationOf("theme"), problems)).orElse(d.theme());
        Optional<String> logo = f.optionalString("logo").flatMap(l -> checkLogo(l, f.locationOf("logo"), problems));
        Colors colors = f.nested("colors", "'colors'", COLOR_KEYS)
                .map(c -> new Colors(color(c, "primary", d.colors().primary(), problems),
                        color(c, "accent", d.colors().accent(), problems)))
                .orElse(d.colors());
        List<NavLink> navigation = new ArrayList<>();
        for (YNode item : f.list("navigation", false)) {
            Fields.of(item, "a navigation entry", List.of("title", "url"), problems).ifPresent(n ->
                    navigation.add(new NavLink(n.requiredString("title"), n.requiredString("url"), n.location())));
        }
        String locale = f.optionalString("locale").map(l -> checkLocale(l, f.locationOf("locale"), problems))
                .orElse(d.locale());
        Guidance guidance = f.nested("guidance", "'guidance'", GUIDANCE_KEYS)
                .map(g -> guidance(g, problems)).orElse(d.guidance());
        PaperSize paper = f.optionalString("paper").map(p -> paper(p, f.locationOf("paper"), locale, problems))
                .orElseGet(() -> PaperSize.forLocale(locale));
        return new SiteConfig(title, organization, baseUrl, theme, logo, colors, navigation, locale, guidance,
                f.location(), paper, f.locationOf("theme"), f.locationOf("logo"));
    }

    private static Guidance guidance(Fields g, Diagnostics problems) {
        Guidance d = Guidance.defaults();
        return new Guidance(
                number(g, "meetingMinutes").orElse(d.meetingMinutes()),
                number(g, "arriveMinutesEarly").orElse(d.arriveMinutesEarly()),
                number(g, "followUpAfterDays").orElse(d.followUpAfterDays()),
                number(g, "thankYouWithinHours").orElse(d.thankYouWithinHours()),
                number(g, "checkInMonths").orElse(d.checkInMonths()),
                choice(g, "resume", d.resume(), problems),
                choice(g, "researchFirst", d.researchFirst(), problems),
                choice(g, "meetingFormat", d.meetingFormat(), problems),
                number(g, "linkedinNoteLimit").orElse(d.linkedinNoteLimit()),
                g.has("sensitiveQuestions") ? List.copyOf(g.enumSet("sensitiveQuestions", Sensitivity.class))
                        : d.sensitiveQuestions());
    }

    private static Optional<Integer> number(Fields g, String key) {
        Guidance.Bounds bounds = Guidance.BOUNDS.get(key);
        return g.optionalInt(key, bounds.min(), bounds.max());
    }

    private static String choice(Fields g, String key, String fallback, Diagnostics problems) {
        Optional<String> value = g.optionalString(key);
        if (value.isEmpty()) {
            return fallback;
        }
        List<String> allowed = Guidance.CHOICES.get(key);
        if (!allowed.contains(value.get())) {
            problems.error(g.locationOf(key), "unknown " + key + " '" + value.get() + "'"
                    + Suggestions.didYouMean(value.get(), allowed) + " (one of: " + String.join(", ", allowed) + ")");
            return fallback;
        }
        return value.get();
    }

    private static String color(Fields c, String key, String fallback, Diagnostics problems) {
        Optional<String> value = Colors.read(c, key, problems);
        if (value.isEmpty()) {
            return fallback;
        }
        double ratio = Contrast.ratio(value.get(), "#ffffff");
        if (ratio < 4.5) {
            problems.error(c.locationOf(key), String.format(Locale.ROOT,
                    "colors.%s '%s' has a contrast of %.1f:1 against the white page; text needs at least 4.5:1, so choose a darker shade",
                    key, value.get(), ratio));
            return fallback;
        }
        return value.get().toLowerCase(Locale.ROOT);
    }

    private static PaperSize paper(String text, SourceLocation at, String locale, Diagnostics problems) {
        Optional<PaperSize> parsed = PaperSize.parse(text);
        if (parsed.isEmpty()) {
            List<String> names = java.util.Arrays.stream(PaperSize.values()).map(PaperSize::id).toList();
            problems.error(at, "unknown paper '" + text + "'" + Suggestions.didYouMean(text, names)
                    + " (one of: " + String.join(", ", names) + ")");
            return PaperSize.forLocale(locale);
        }
        return parsed.get();
    }

    /** A theme folder's name as written, or the default theme (with a problem) when no folder can have it. */
    private static String checkTheme(String theme, SourceLocation at, Diagnostics problems) {
        if (theme.isBlank() || theme.chars().anyMatch(Character::isISOControl)) {
            problems.error(at, "theme must be 'default' (the built-in theme) or a folder relative to the site folder, "
                    + "such as themes/campus; found '" + theme + "'");
            return "default";
        }
        return theme;
    }

    /**
     * The logo's path inside a static/ folder ({@code img/logo.png}; a leading '/' is the folder itself), or
     * empty (with a problem) when it is no such path: an absolute path or '..' would reach outside the site.
     */
    private static Optional<String> checkLogo(String logo, SourceLocation at, Diagnostics problems) {
        String path = logo.startsWith("/") ? logo.substring(1) : logo;
        boolean inside = !path.isBlank() && Output.isRelative(path)
                && path.chars().noneMatch(c -> Character.isISOControl(c) || c == ':');
        if (!inside) {
            problems.error(at, "logo must be the path of a file in the site's static/ folder, such as img/logo.png; "
                    + "found '" + logo + "'");
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private static String checkBaseUrl(String url, SourceLocation at, Diagnostics problems) {
        if (!url.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            problems.error(at, "baseUrl must be an absolute http(s) address such as https://careers.example.edu/guide/, found '" + url + "'");
            return "";
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static String checkLocale(String tag, SourceLocation at, Diagnostics problems) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            String dashed = tag.replace('_', '-');
            String hint = !dashed.equals(tag) && dashed.matches("[A-Za-z]{2,3}-[A-Za-z]{2}") ? "; did you mean '"
                    + new Locale.Builder().setLanguageTag(dashed).build().toLanguageTag() + "'?" : "";
            problems.error(at, "locale must be a language tag such as en or en-CA, found '" + tag + "'" + hint);
            return "en";
        }
    }
}
