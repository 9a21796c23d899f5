package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs give byte-identical output, however the parallel build schedules its work. The
 * large case has enough pages that every parallel phase splits its work across threads.
 */
class DeterministicBuildTest {

    private static final Path REPO = Path.of(System.getProperty("coffeechat.repoRoot", ".."));

    @TempDir
    Path temp;

    @Test
    void buildingTheExampleSiteTwiceGivesIdenticalFiles() {
        BuildRequest request = BuildRequest.defaults().withSite(REPO.resolve("site"));
        Map<String, String> first = build(request, temp.resolve("a"));
        Map<String, String> second = build(request, temp.resolve("b"));
        assertTrue(first.size() > 20, "the example site has more than 20 files, found " + first.size());
        assertEquals(first, second);
    }

    @Test
    void buildingAManyPageSiteRepeatedlyGivesIdenticalFiles() throws IOException {
        Path content = temp.resolve("content");
        copyTree(REPO.resolve("generator/src/test/resources/sites/minimal/content"), content);
        writeManyPages(content.resolve("steps"), 6, 70);
        BuildRequest request = BuildRequest.defaults().withContent(content);
        Map<String, String> first = build(request, temp.resolve("a"));
        assertTrue(first.size() > 420, "expected every generated page in the output, found " + first.size());
        for (int run = 0; run < 3; run++) {
            assertEquals(first, build(request, temp.resolve("run" + run)));
        }
        // Rebuilding into the same folder replaces it with the same bytes.
        assertEquals(first, build(request, temp.resolve("a")));
    }

    /** Sections of pages that link to one another, with headings, lists, a table and emphasis. */
    private static void writeManyPages(Path steps, int sections, int pagesPerSection) throws IOException {
        for (int s = 1; s <= sections; s++) {
            Path folder = steps.resolve(String.format("%02d-part-%d", s + 10, s));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("_section.md"), "---\ntitle: Part " + s + "\norder: " + (s + 10)
                    + "\nsummary: Generated part " + s + ".\n---\nThe pages of part " + s + ".\n");
            for (int p = 1; p <= pagesPerSection; p++) {
                int otherSection = (s * 7 + p) % sections + 1;
                int otherPage = (p * 13) % pagesPerSection + 1;
                String other = String.format("../%02d-part-%d/page-%03d.md", otherSection + 10, otherSection, otherPage);
                String body = "---\ntitle: Page " + s + "." + p + " & more\norder: " + p + "\nsummary: \"Page <" + p
                        + "> of part " + s + "\"\n---\nIntro with **bold**, *italic* and `code`, see [another page]("
                        + other + "#details).\n\n## Details\n\n- one\n- two with [a link](" + other + ")\n\n"
                        + "1. first\n2. second\n\n| a | b |\n|---|:-:|\n| " + p + " | x < y |\n\n## Details\n\nAgain.\n";
                Files.writeString(folder.resolve(String.format("page-%03d.md", p)), body);
            }
        }
    }

    private static Map<String, String> build(BuildRequest request, Path out) {
        GuideBuilder.build(request, out);
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile).forEach(f -> digests.put(out.relativize(f).toString(), digest(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digests;
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
