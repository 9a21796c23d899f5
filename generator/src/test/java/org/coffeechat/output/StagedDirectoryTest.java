package org.coffeechat.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.coffeechat.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class StagedDirectoryTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Path buildOnce(Path target, Map<String, String> files) {
        try (StagedDirectory out = StagedDirectory.open(target)) {
            files.forEach((path, text) -> out.write(path, bytes(text)));
            out.commit();
        }
        return target;
    }

    @Test
    void aCommittedBuildReplacesThePreviousOutputAsAWhole() {
        Path site = dir.resolve("site");
        buildOnce(site, Map.of("index.html", "one", "old/page.html", "gone soon"));

        buildOnce(site, Map.of("index.html", "two", "new/page.html", "new"));

        assertThat(Fixtures.tree(site).keySet()).containsExactly(StagedDirectory.MARKER, "index.html", "new/page.html");
        assertThat(Fixtures.read(site.resolve("index.html"))).isEqualTo("two");
        assertThat(Fixtures.list(dir)).containsExactly("site");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void thePublishedFolderHasThePermissionsMkdirGivesNotATemporaryFoldersOwnerOnlyOnes() throws IOException {
        Path made = Files.createDirectory(dir.resolve("made-by-mkdir"));
        Path site = buildOnce(dir.resolve("site"), Map.of("index.html", "one"));
        buildOnce(site, Map.of("index.html", "two"));

        assertThat(Files.getPosixFilePermissions(site)).isEqualTo(Files.getPosixFilePermissions(made));
    }

    @Test
    void aBuildThatFailsBeforeCommittingLeavesThePreviousOutputIntact() {
        Path site = buildOnce(dir.resolve("site"), Map.of("index.html", "good"));
        Map<String, byte[]> before = Fixtures.tree(site);

        assertThatThrownBy(() -> {
            try (StagedDirectory out = StagedDirectory.open(site)) {
                out.write("index.html", bytes("half"));
                throw new IllegalStateException("a page failed to render");
            }
        }).hasMessage("a page failed to render");

        assertThat(Fixtures.tree(site)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Fixtures.list(dir)).containsExactly("site");
    }

    @Test
    void nothingIsVisibleInTheTargetUntilCommit() {
        Path site = dir.resolve("site");
        try (StagedDirectory out = StagedDirectory.open(site)) {
            out.write("index.html", bytes("x"));
            assertThat(site).doesNotExist();
            out.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("x");
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws IOException {
        Path docs = dir.resolve("documents");
        Fixtures.write(docs, "thesis.docx", "years of work");

        assertThatThrownBy(() -> StagedDirectory.open(docs))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("refusing to replace")
                .hasMessageContaining("was not made by coffeechat");
        assertThat(docs.resolve("thesis.docx")).hasContent("years of work");
        assertThat(Fixtures.list(dir)).containsExactly("documents");
    }

    @Test
    void refusesToReplaceAFile() throws IOException {
        Path file = Fixtures.write(dir, "notes.txt", "keep me");

        assertThatThrownBy(() -> StagedDirectory.open(file)).isInstanceOf(OutputException.class);
        assertThat(file).hasContent("keep me");
    }

    @Test
    void buildsIntoAnEmptyFolderItDidNotMake() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        buildOnce(empty, Map.of("index.html", "hi"));

        assertThat(empty.resolve("index.html")).hasContent("hi");
    }

    @Test
    void removesTheLeftoversOfAnEarlierBuildThatWasKilled() throws IOException {
        Path site = buildOnce(dir.resolve("site"), Map.of("index.html", "good"));
        Fixtures.write(dir, ".site.staging-123/index.html", "half-written");
        Fixtures.write(dir, ".site.old-456/index.html", "older");
        Fixtures.write(dir, ".other.staging-1/keep.txt", "another site's business");

        buildOnce(site, Map.of("index.html", "new"));

        assertThat(Fixtures.list(dir)).containsExactly(".other.staging-1", "site");
    }

    @Test
    void aKilledBuildLeavesThePreviousOutputIntactAndTheNextBuildCleansUp() throws Exception {
        Path site = buildOnce(dir.resolve("site"), Map.of("index.html", "good", "a/b.html", "kept"));
        Map<String, byte[]> before = Fixtures.tree(site);

        Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                HalfBuild.class.getName(), site.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo(HalfBuild.READY);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(Fixtures.tree(site)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Fixtures.list(dir)).anyMatch(name -> name.startsWith(".site.staging-"));

        buildOnce(site, Map.of("index.html", "next"));
        assertThat(Fixtures.list(dir)).containsExactly("site");
        assertThat(site.resolve("index.html")).hasContent("next");
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** A build that writes part of a site, says so, and waits to be killed. */
    public static final class HalfBuild {
        static final String READY = "half written";

        public static void main(String[] args) throws InterruptedException {
            StagedDirectory out = StagedDirectory.open(Path.of(args[0]));
            out.write("index.html", bytes("half"));
            out.write("a/b.html", bytes("half"));
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(60_000);
            out.commit();
        }
    }

    @Test
    void refusesPathsThatLeaveTheOutputFolder() {
        try (StagedDirectory out = StagedDirectory.open(dir.resolve("site"))) {
            for (String bad : List.of("../escape.html", "/etc/passwd", "a/../../b", "a//b", "a\\b", "", "./a")) {
                assertThatThrownBy(() -> out.write(bad, bytes("x"))).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(Fixtures.list(dir)).isEmpty();
    }
}
