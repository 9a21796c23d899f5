package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

    @TempDir
    Path dir;

    Path site;
    Path out;

    @BeforeEach
    void copyFixture() {
        site = FixtureCopies.copy("minimal", dir);
        out = dir.resolve("out");
    }

    private BuildRequest request() {
        return BuildRequest.defaults().withContent(site.resolve("content")).withSite(site.resolve("site"));
    }

    private InputFingerprint fingerprint() {
        return InputFingerprint.of(request(), out);
    }

    @Test
    void isTheSameForTheSameInputs() {
        assertEquals(fingerprint(), fingerprint());
        assertEquals(64, fingerprint().hex().length());
    }

    @Test
    void changesWhenAContentFileChanges() throws IOException {
        InputFingerprint before = fingerprint();
        Files.writeString(site.resolve("content/home.md"), "\nOne more line.\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, fingerprint());
    }

    @Test
    void changesWhenAContentFileIsAddedOrRenamed() throws IOException {
        InputFingerprint before = fingerprint();
        Path third = site.resolve("content/steps/02-next/third.md");
        Files.move(third, third.resolveSibling("fourth.md"));
        InputFingerprint renamed = fingerprint();
        assertNotEquals(before, renamed);
        Files.copy(third.resolveSibling("fourth.md"), third);
        assertNotEquals(renamed, fingerprint());
    }

    @Test
    void changesWhenTheSiteGainsATemplateOverrideOrAStaticFile() throws IOException {
        InputFingerprint before = fingerprint();
        Files.createDirectories(site.resolve("site/templates"));
        Files.writeString(site.resolve("site/templates/home.ftlh"), "<#-- override -->");
        InputFingerprint withTemplate = fingerprint();
        assertNotEquals(before, withTemplate);
        Files.createDirectories(site.resolve("site/static/img"));
        Files.writeString(site.resolve("site/static/img/logo.svg"), "<svg/>");
        assertNotEquals(withTemplate, fingerprint());
    }

    @Test
    void changesWhenTheThemeThatSiteYamlNamesChanges() throws IOException {
        Path theme = site.resolve("site/my-theme/templates");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("home.ftlh"), "one");
        Files.writeString(site.resolve("site/site.yaml"), "theme: my-theme\n", java.nio.file.StandardOpenOption.APPEND);
        InputFingerprint before = fingerprint();
        Files.writeString(theme.resolve("home.ftlh"), "two");
        assertNotEquals(before, fingerprint());
    }

    @Test
    void changesWithTheStrictSettingAndTheOutputFolder() {
        InputFingerprint plain = fingerprint();
        assertNotEquals(plain, InputFingerprint.of(request().strict(true), out));
        assertNotEquals(plain, InputFingerprint.of(request(), dir.resolve("elsewhere")));
    }

    @Test
    void ignoresModificationTimesSoAFreshCheckoutIsStillUpToDate() throws IOException {
        InputFingerprint before = fingerprint();
        Files.setLastModifiedTime(site.resolve("content/home.md"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(before, fingerprint());
    }

    @Test
    void ignoresFilesInTheSiteFolderThatABuildDoesNotRead() throws IOException {
        InputFingerprint before = fingerprint();
        Files.writeString(site.resolve("site/NOTES.txt"), "not an input");
        Files.createDirectories(site.resolve("site/target"));
        Files.writeString(site.resolve("site/target/index.html"), "an earlier build's output");
        assertEquals(before, fingerprint());
    }

    @Test
    void doesNotDependOnTheOrderInputsWereAdded() {
        InputFingerprint one = InputFingerprint.builder().setting("a", "1").setting("b", "2").build();
        InputFingerprint two = InputFingerprint.builder().setting("b", "2").setting("a", "1").build();
        assertEquals(one, two);
    }

    private CohortRequest cohort(Path profiles, int threads) {
        return new CohortRequest(request(), profiles, dir.resolve("packets"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.time.LocalDate.of(2026, 3, 1), Instant.parse("2026-01-01T00:00:00Z"),
                threads, false);
    }

    @Test
    void aCohortChangesWithAProfileOrThePlanDayButNotWithTheNumberOfThreads() throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("ana.yaml"), "student:\n  name: Ana\n");
        InputFingerprint before = InputFingerprint.of(cohort(profiles, 1));
        assertEquals(before, InputFingerprint.of(cohort(profiles, 8)));
        CohortRequest c = cohort(profiles, 1);
        assertNotEquals(before, InputFingerprint.of(new CohortRequest(c.site(), c.profiles(), c.out(), c.shard(), c.paper(),
                c.today().plusDays(1), c.date(), c.threads(), c.html())));
        Files.writeString(profiles.resolve("ana.yaml"), "student:\n  name: Ana María\n");
        assertNotEquals(before, InputFingerprint.of(cohort(profiles, 1)));
    }
}
