package org.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coffeechat.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {

    @TempDir
    Path dir;

    private final Diagnostics problems = new Diagnostics();

    private SiteConfig load(String yaml) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), yaml);
        return SiteConfigLoader.load(Optional.of(dir), p -> "site/" + p.getFileName(), problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void usesTheBuiltInDefaultsWithoutASiteFolder() {
        SiteConfig config = SiteConfigLoader.load(Optional.empty(), Path::toString, problems);

        assertThat(config).isEqualTo(SiteConfigLoader.defaults());
        assertThat(config.theme()).isEqualTo("default");
        assertThat(config.baseUrl()).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void usesTheDefaultsForASiteFolderWithoutSiteYaml() {
        SiteConfig config = SiteConfigLoader.load(Optional.of(dir), Path::toString, problems);

        assertThat(config).isEqualTo(SiteConfigLoader.defaults());
    }

    @Test
    void fillsWhatTheFileLeavesOutFromTheDefaults() throws IOException {
        SiteConfig config = load("title: Lakeshore guide\n");

        assertThat(config.title()).isEqualTo("Lakeshore guide");
        assertThat(config.organization()).isEqualTo(SiteConfigLoader.defaults().organization());
        assertThat(config.colors()).isEqualTo(Colors.defaults());
        assertThat(config.guidance()).isEqualTo(Guidance.defaults());
        assertThat(messages()).isEmpty();
    }

    @Test
    void readsEveryKey() throws IOException {
        SiteConfig config = load("""
                title: T
                organization: O
                baseUrl: https://careers.example.edu/guide
                theme: mytheme
                logo: img/logo.svg
                colors:
                  primary: "#0B5563"
                  accent: "#8a3b12"
                navigation:
                  - title: Book
                    url: https://careers.example.edu/book
                locale: en-ca
                guidance:
                  followUpAfterDays: 7
                  resume: offer-for-feedback
                """);

        assertThat(messages()).isEmpty();
        assertThat(config.baseUrl()).isEqualTo("https://careers.example.edu/guide/");
        assertThat(config.theme()).isEqualTo("mytheme");
        assertThat(config.logo()).contains("img/logo.svg");
        assertThat(config.colors()).isEqualTo(new Colors("#0b5563", "#8a3b12"));
        assertThat(config.navigation()).extracting(NavLink::title, NavLink::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Book", "https://careers.example.edu/book"));
        assertThat(config.locale()).isEqualTo("en-CA");
        assertThat(config.guidance().followUpAfterDays()).isEqualTo(7);
        assertThat(config.guidance().resume()).isEqualTo("offer-for-feedback");
        assertThat(config.guidance().meetingMinutes()).isEqualTo(Guidance.defaults().meetingMinutes());
    }

    @Test
    void refusesAColourThatIsNotHex() throws IOException {
        SiteConfig config = load("colors:\n  primary: blue\n");

        assertThat(config.colors().primary()).isEqualTo(Colors.defaults().primary());
        assertThat(messages()).containsExactly(
                "site/site.yaml:2:12: colors.primary must be a colour like \"#1f4e79\", found 'blue'");
    }

    @Test
    void refusesAColourTooLightToReadOnWhite() throws IOException {
        load("colors:\n  accent: \"#ffcc00\"\n");

        assertThat(messages()).containsExactly("site/site.yaml:2:11: colors.accent '#ffcc00' has a contrast of 1.5:1 "
                + "against the white page; text needs at least 4.5:1, so choose a darker shade");
    }

    @Test
    void acceptsAColourJustDarkEnough() throws IOException {
        // #767676 is the lightest grey with 4.5:1 on white.
        SiteConfig config = load("colors:\n  primary: \"#767676\"\n");

        assertThat(messages()).isEmpty();
        assertThat(config.colors().primary()).isEqualTo("#767676");
        assertThat(Contrast.ratio("#767676", "#ffffff")).isGreaterThanOrEqualTo(4.5);
        assertThat(Contrast.ratio("#777777", "#ffffff")).isLessThan(4.5);
    }

    @Test
    void refusesABaseUrlThatIsNotAnAbsoluteWebAddress() throws IOException {
        load("baseUrl: careers.example.edu/guide/\n");

        assertThat(messages()).containsExactly("site/site.yaml:1:10: baseUrl must be an absolute http(s) address such "
                + "as https://careers.example.edu/guide/, found 'careers.example.edu/guide/'");
    }

    @Test
    void refusesALocaleThatIsNotALanguageTag() throws IOException {
        SiteConfig config = load("locale: english_canada\n");

        assertThat(config.locale()).isEqualTo("en");
        assertThat(messages()).containsExactly(
                "site/site.yaml:1:9: locale must be a language tag such as en or en-CA, found 'english_canada'");
    }

    @Test
    void refusesAGuidanceNumberOutsideItsRange() throws IOException {
        load("guidance:\n  followUpAfterDays: 1\n");

        assertThat(messages()).containsExactly("site/site.yaml:2:22: 'followUpAfterDays' must be between 3 and 60, found 1");
    }

    @Test
    void suggestsTheNearestGuidanceChoice() throws IOException {
        load("guidance:\n  resume: bring-if-askd\n");

        assertThat(messages()).containsExactly("site/site.yaml:2:11: unknown resume 'bring-if-askd'; did you mean "
                + "'bring-if-asked'? (one of: bring-if-asked, offer-for-feedback)");
    }

    @Test
    void suggestsTheNearestKeyForAMisspeltSetting() throws IOException {
        load("titel: x\nguidance:\n  folowUpAfterDays: 7\n");

        assertThat(messages()).containsExactly(
                "site/site.yaml:1:1: unknown key 'titel' in the site config; did you mean 'title'?",
                "site/site.yaml:3:3: unknown key 'folowUpAfterDays' in 'guidance'; did you mean 'followUpAfterDays'?");
    }

    @Test
    void reportsEveryNavigationEntryMissingATitleOrUrl() throws IOException {
        load("navigation:\n  - url: https://a.example\n  - title: B\n");

        assertThat(messages()).containsExactly(
                "site/site.yaml:2:5: a navigation entry is missing the required key 'title'",
                "site/site.yaml:3:5: a navigation entry is missing the required key 'url'");
    }

    @Test
    void takesALogoWrittenFromTheStaticFolderWithALeadingSlash() throws IOException {
        SiteConfig config = load("logo: /img/logo.png\n");

        assertThat(config.logo()).contains("img/logo.png");
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesALogoOrThemeNoFolderCanHold() throws IOException {
        SiteConfig config = load("logo: \"img/\\0logo.png\"\ntheme: \"x\\0y\"\n");

        assertThat(config.logo()).isEmpty();
        assertThat(config.theme()).isEqualTo("default");
        assertThat(messages()).containsExactly(
                "site/site.yaml:1:7: logo must be the path of a file in the site's static/ folder, such as img/logo.png; "
                        + "found 'img/\u0000logo.png'",
                "site/site.yaml:2:8: theme must be 'default' (the built-in theme) or a folder relative to the site "
                        + "folder, such as themes/campus; found 'x\u0000y'");
    }

    @Test
    void keepsWhereTheThemeAndTheLogoAreWritten() throws IOException {
        SiteConfig config = load("title: T\ntheme: campus\nlogo: img/l.png\n");

        assertThat(config.themeSource()).hasToString("site/site.yaml:2:8");
        assertThat(config.logoSource()).hasToString("site/site.yaml:3:7");
    }

    @Test
    void takesAnEmptyGuidanceWithItsSettingsCommentedOutAsTheDefaults() throws IOException {
        SiteConfig config = load("guidance:\n  # followUpAfterDays: 10\n");

        assertThat(config.guidance()).isEqualTo(Guidance.defaults());
        assertThat(messages()).isEmpty();
    }
}
