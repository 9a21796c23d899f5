package org.coffeechat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketsCommandTest {

    static final Path ROOT = Path.of(System.getProperty("coffeechat.repoRoot", ".."));

    @TempDir
    Path dir;
    Path profiles;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void cohort() throws IOException {
        profiles = Files.createDirectory(dir.resolve("profiles"));
        String example = Files.readString(ROOT.resolve("site/profiles/example.yaml"));
        Files.writeString(profiles.resolve("zoe.yaml"), example);
        Files.writeString(profiles.resolve("kwame.yaml"), example.replace("name: Zoë Ñúñez", "name: Kwame Mensah"));
        Files.writeString(profiles.resolve("broken.yaml"), example.replace("status: exploring", "status: exploringg"));
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void rendersTheOthersWhenOneProfileIsBadAndFailsTheRun() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("packets", "--profiles", profiles.toString(), "--out", out.toString(), "--site",
                ROOT.resolve("site").toString(), "--today", "2026-03-02");
        assertEquals(Main.INVALID, r.exit(), r.err());
        assertEquals(List.of("kwame.pdf", "zoe.pdf"), files(out));
        List<String> lines = Files.readAllLines(profiles.resolve("broken.yaml"));
        int line = lines.indexOf("  status: exploringg") + 1;
        assertTrue(r.err().contains("broken.yaml:" + line + ":11: unknown status 'exploringg'; did you mean 'exploring'?"),
                r.err());
        assertTrue(r.err().contains("broken.yaml: not rendered (1 error)"), r.err());
        assertTrue(r.out().contains("Rendered 2 of 3 packets into " + out), r.out());
        assertTrue(r.out().contains("1 profile not rendered (their errors are above): "), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
        try (PDDocument kwame = Loader.loadPDF(out.resolve("kwame.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(kwame).contains("Kwame Mensah"));
        }
    }

    @Test
    void printsOnePlainLinePerProfileWhenNotOnATerminal() {
        Run r = run("packets", "--profiles", profiles.toString(), "--out", dir.resolve("out").toString(),
                "--today", "2026-03-02", "--threads", "1");
        List<String> lines = r.out().lines().toList();
        assertEquals("[1/3] " + profiles.resolve("broken.yaml") + " FAILED", lines.get(0).replace(Path.of("").toAbsolutePath() + "/", ""));
        assertTrue(lines.get(1).endsWith("kwame.yaml -> kwame.pdf"), r.out());
        assertTrue(lines.get(2).endsWith("zoe.yaml -> zoe.pdf"), r.out());
    }

    @Test
    void succeedsWhenEveryProfileRenders() throws IOException {
        Files.delete(profiles.resolve("broken.yaml"));
        Path out = dir.resolve("out");
        Run r = run("packets", "--profiles", profiles.toString(), "--out", out.toString(), "--today", "2026-03-02",
                "--paper", "a4", "--html");
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals(List.of("kwame.html", "kwame.pdf", "zoe.html", "zoe.pdf"), files(out));
        try (PDDocument zoe = Loader.loadPDF(out.resolve("zoe.pdf").toFile())) {
            assertEquals(595.3f, zoe.getPage(0).getMediaBox().getWidth(), 0.5f);
        }
    }

    @Test
    void rendersOnlyItsShareWithShard() throws IOException {
        Files.delete(profiles.resolve("broken.yaml"));
        int total = 0;
        for (String shard : List.of("1/2", "2/2")) {
            Path out = dir.resolve("out-" + shard.charAt(0));
            Run r = run("packets", "--profiles", profiles.toString(), "--out", out.toString(), "--today", "2026-03-02",
                    "--shard", shard);
            assertEquals(Main.OK, r.exit(), r.err());
            assertTrue(r.out().contains("(shard " + shard + "; "), r.out());
            total += files(out).size();
        }
        assertEquals(2, total, "the two shares together render each profile once");
    }

    @Test
    void rejectsAMalformedShardOrPaper() {
        Run shard = run("packets", "--profiles", profiles.toString(), "--shard", "3/2");
        assertEquals(Main.INVALID, shard.exit());
        assertTrue(shard.err().contains("--shard must be K/N with 1 <= K <= N, such as 2/4; found '3/2'"), shard.err());
        Run paper = run("packets", "--profiles", profiles.toString(), "--paper", "legal");
        assertEquals(Main.INVALID, paper.exit());
        assertTrue(paper.err().contains("--paper must be letter or a4, found 'legal'"), paper.err());
    }

    @Test
    void reportsAMissingProfileFolder() {
        Run r = run("packets", "--profiles", dir.resolve("nowhere").toString(), "--out", dir.resolve("o").toString());
        assertEquals(Main.INVALID, r.exit());
        assertTrue(r.err().contains("nowhere:1:1: not a folder of profiles"), r.err());
    }

    @Test
    void packetWritesThePrintablePacketOnThePaperAsked() throws IOException {
        Path out = dir.resolve("zoe-guide");
        Run r = run("packet", "--profile", profiles.resolve("zoe.yaml").toString(), "--site",
                ROOT.resolve("site").toString(), "--today", "2026-02-10", "--out", out.toString(), "--paper", "a4");
        assertEquals(Main.OK, r.exit(), r.err());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packet.pdf").toFile())) {
            assertEquals(595.3f, pdf.getPage(0).getMediaBox().getWidth(), 0.5f);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Zoë Ñúñez") && text.contains("王小明"), "the packet of the profile");
        }
        Run bad = run("packet", "--profile", profiles.resolve("zoe.yaml").toString(), "--paper", "legal",
                "--out", dir.resolve("x").toString());
        assertEquals(Main.INVALID, bad.exit());
        assertTrue(bad.err().contains("--paper must be letter or a4, found 'legal'"), bad.err());
    }
}
