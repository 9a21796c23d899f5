package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.output.SourceDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFolderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private static Path repo(String path) {
        return Path.of(System.getProperty("coffeechat.repoRoot", ".."), path).toAbsolutePath().normalize();
    }

    private static Path invalid(String name) {
        return repo("generator/src/test/resources/profiles/invalid/" + name + "/profile.yaml");
    }

    @Test
    void checksEveryProfileOfTheFolderAgainstTheSite() throws IOException {
        Files.copy(repo("site/profiles/example.yaml"), dir.resolve("zoe.yaml"));
        Files.copy(repo("site/profiles/example.yaml"), dir.resolve("zoe-again.yml"));
        Files.writeString(dir.resolve("notes.txt"), "not a profile");
        List<Diagnostic> warnings = ProfileFolder.validate(BuildRequest.defaults(), dir, TODAY);
        assertTrue(warnings.stream().noneMatch(Diagnostic::isError));
        assertEquals(2, ProfileFolder.count(dir));
    }

    @Test
    void reportsTheProblemsOfEveryBadProfileTogether() throws IOException {
        Files.copy(repo("site/profiles/example.yaml"), dir.resolve("good.yaml"));
        Files.copy(invalid("date-not-yyyy-mm-dd"), dir.resolve("bad-date.yaml"));
        Files.copy(invalid("email-that-is-not-one"), dir.resolve("bad-email.yaml"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProfileFolder.validate(BuildRequest.defaults(), dir, TODAY));
        List<String> files = e.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.location().path().replaceAll(".*/", "")).distinct().toList();
        assertEquals(List.of("bad-date.yaml", "bad-email.yaml"), files);
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.message().contains("must be a date written YYYY-MM-DD")));
    }

    /** A site whose personal guide's contact page template does not parse. */
    private BuildRequest siteWithABrokenGuideTemplate() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("site/templates/personal"));
        Files.writeString(templates.resolve("contact.ftlh"), "<p>${contact.name</p>\n");
        return BuildRequest.defaults().withSite(dir.resolve("site"));
    }

    @Test
    void reportsABrokenGuideTemplateOnceBesideEachProfilesOwnProblems() throws IOException {
        BuildRequest site = siteWithABrokenGuideTemplate();
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.copy(repo("site/profiles/example.yaml"), profiles.resolve("good.yaml"));
        Files.copy(repo("site/profiles/example.yaml"), profiles.resolve("good-again.yaml"));
        Files.copy(invalid("date-not-yyyy-mm-dd"), profiles.resolve("bad-date.yaml"));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProfileFolder.validate(site, profiles, TODAY));

        List<Diagnostic> template = e.diagnostics().stream()
                .filter(d -> d.location().path().endsWith("contact.ftlh")).toList();
        assertEquals(1, template.size(), e.diagnostics().toString());
        assertTrue(template.get(0).isError());
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.location().path().endsWith("bad-date.yaml")
                && d.message().contains("must be a date written YYYY-MM-DD")), e.diagnostics().toString());
    }

    @Test
    void aProfileLoadedAgainstALoadedSiteLeavesTheGuideTemplatesToTheCallerThatChecksThemOnce() throws IOException {
        LoadedSite site = GuideBuilder.load(siteWithABrokenGuideTemplate());
        Path profile = repo("site/profiles/example.yaml");

        LoadedPacket packet = PacketBuilder.load(site, profile, TODAY, false);
        List<Diagnostic> templates = PacketBuilder.checkGuideTemplates(site);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PacketBuilder.load(site, profile, TODAY, SourceDate.FALLBACK, false, templates));

        assertFalse(packet.plan().contacts().isEmpty(), "the profile loaded and planned");
        assertEquals(1, templates.size(), templates.toString());
        assertTrue(templates.get(0).location().path().endsWith("contact.ftlh"), templates.toString());
        assertEquals(templates, e.diagnostics());
    }

    @Test
    void failsWhenTheFolderDoesNotExist() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProfileFolder.validate(BuildRequest.defaults(), dir.resolve("nope"), TODAY));
        assertTrue(e.getMessage().endsWith("nope:1:1: not a folder of profiles"), e.getMessage());
    }
}
