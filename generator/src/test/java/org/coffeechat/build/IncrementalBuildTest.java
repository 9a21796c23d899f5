package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.coffeechat.diag.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalBuildTest {

    @TempDir
    Path dir;

    Path site;
    Path out;
    Path stamp;

    @BeforeEach
    void copyFixture() {
        site = FixtureCopies.copy("minimal", dir);
        out = dir.resolve("out");
        stamp = dir.resolve("stamps/guide.stamp");
    }

    private Optional<BuildResult> build() {
        BuildRequest request = BuildRequest.defaults().withContent(site.resolve("content")).withSite(site.resolve("site"));
        return GuideBuilder.buildIfChanged(request, out, stamp);
    }

    @Test
    void buildsTheFirstTimeAndDoesNothingTheSecondTime() throws IOException {
        assertTrue(build().isPresent());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        // A file the build would remove if it ran again.
        Files.writeString(out.resolve("left-alone.txt"), "still here");
        assertFalse(build().isPresent());
        assertTrue(Files.isRegularFile(out.resolve("left-alone.txt")));
    }

    @Test
    void rebuildsWhenAnInputChanged() throws IOException {
        build();
        Files.writeString(site.resolve("content/home.md"), "\nA new paragraph.\n", StandardOpenOption.APPEND);
        assertTrue(build().isPresent());
        assertTrue(Files.readString(out.resolve("index.html")).contains("A new paragraph."));
        assertFalse(build().isPresent());
    }

    @Test
    void rebuildsWhenTheOutputFolderWasDeleted() throws IOException {
        build();
        FixtureCopies.deleteTree(out);
        assertTrue(build().isPresent());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void aFailedBuildRecordsNothingSoTheNextRunTriesAgain() throws IOException {
        Files.writeString(site.resolve("site/site.yaml"), "titel: typo\n", StandardOpenOption.APPEND);
        assertThrows(InvalidInputException.class, this::build);
        assertFalse(Files.exists(stamp));
        assertThrows(InvalidInputException.class, this::build);
    }
}
