package org.coffeechat.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first half of the change-to-rebuild mapping: what a changed file is to the build. */
class SiteFoldersTest {

    private static final Path ROOT = Path.of("/srv/guide");
    private static final SiteFolders FOLDERS = new SiteFolders(Optional.of(ROOT.resolve("content")),
            Optional.of(ROOT.resolve("site")), Optional.of(ROOT.resolve("themes/lakeshore")),
            List.of(ROOT.resolve("students/ana.yaml")));

    private static Change classify(String path) {
        return FOLDERS.classify(ROOT.resolve(path));
    }

    @Test
    void contentFilesAreNamedByTheirPathInTheContentFolder() {
        assertThat(classify("content/steps/01-start/first.md")).isEqualTo(new Change(Change.Kind.CONTENT, "steps/01-start/first.md"));
        assertThat(classify("content/questions/bank.yaml")).isEqualTo(new Change(Change.Kind.CONTENT, "questions/bank.yaml"));
        assertThat(classify("content/steps/03-new")).isEqualTo(new Change(Change.Kind.CONTENT, "steps/03-new"));
    }

    @Test
    void siteYamlIsTheSiteConfig() {
        assertThat(classify("site/site.yaml").kind()).isEqualTo(Change.Kind.SITE_CONFIG);
    }

    @Test
    void templatesOfTheSiteAndOfTheThemeAreNamedAsTemplatesLookThemUp() {
        assertThat(classify("site/templates/layout.ftlh")).isEqualTo(new Change(Change.Kind.TEMPLATE, "layout.ftlh"));
        assertThat(classify("themes/lakeshore/templates/print/packet.ftlh"))
                .isEqualTo(new Change(Change.Kind.TEMPLATE, "print/packet.ftlh"));
    }

    @Test
    void staticFilesAreNamedByTheirPathInTheSite() {
        assertThat(classify("site/static/img/logo.svg")).isEqualTo(new Change(Change.Kind.STATIC, "img/logo.svg"));
        assertThat(classify("themes/lakeshore/static/css/site.css")).isEqualTo(new Change(Change.Kind.STATIC, "css/site.css"));
    }

    @Test
    void aPreviewedProfileIsAProfile() {
        assertThat(classify("students/ana.yaml").kind()).isEqualTo(Change.Kind.PROFILE);
        assertThat(classify("students/ben.yaml").kind()).isEqualTo(Change.Kind.IGNORED);
    }

    @Test
    void editorScratchFilesAndOtherFilesAreIgnored() {
        assertThat(classify("content/steps/01-start/.first.md.swp").kind()).isEqualTo(Change.Kind.IGNORED);
        assertThat(classify("content/steps/01-start/first.md~").kind()).isEqualTo(Change.Kind.IGNORED);
        assertThat(classify("content/steps/01-start/4913").kind()).isEqualTo(Change.Kind.IGNORED);
        assertThat(classify("site/README.md").kind()).isEqualTo(Change.Kind.IGNORED);
        assertThat(classify("notes.txt").kind()).isEqualTo(Change.Kind.IGNORED);
    }

    @Test
    void theProfilesOfThePreviewAreProfilesAndTheirFoldersAreWatchedOnTheirOwn(@TempDir Path dir) throws IOException {
        Path students = Files.createDirectories(dir.resolve("students"));
        SiteFolders folders = new SiteFolders(Optional.of(Files.createDirectories(dir.resolve("content"))),
                Optional.empty(), Optional.empty(), List.of());
        assertThat(folders.classify(students.resolve("ana.yaml")).kind()).isEqualTo(Change.Kind.IGNORED);
        assertThat(folders.profileFolders()).isEmpty();

        SiteFolders previewing = folders.withProfiles(List.of(students.resolve("ana.yaml")));
        assertThat(previewing.classify(students.resolve("ana.yaml")).kind()).isEqualTo(Change.Kind.PROFILE);
        assertThat(previewing.profileFolders()).containsExactly(students.toAbsolutePath().normalize());
        assertThat(previewing.watched()).containsExactly(dir.resolve("content").toAbsolutePath().normalize());
    }
}
