package org.coffeechat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffeechat.profile.StarterProfile;
import org.coffeechat.profile.TestProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandsTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void newProfileWritesACommentedStarterThatValidates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("me.yaml");
        Run made = run("new-profile", file.toString());
        assertEquals(Main.OK, made.exit(), made.err());
        assertEquals(StarterProfile.text(), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(made.out().contains("coffeechat validate --profile " + file), made.out());
        Run checked = run("validate", "--profile", file.toString(), "--today", "2026-02-10");
        assertEquals(Main.OK, checked.exit(), checked.err());
        assertEquals("No errors.\n", checked.out());
    }

    @Test
    void newProfileNeverOverwritesWithoutForce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("me.yaml");
        Files.writeString(file, "my own notes");
        Run refused = run("new-profile", file.toString());
        assertEquals(Main.INVALID, refused.exit());
        assertEquals("coffeechat: " + file + " already exists; choose another name, or add --force to replace it\n",
                refused.err());
        assertEquals("my own notes", Files.readString(file));
        assertEquals(Main.OK, run("new-profile", "--force", file.toString()).exit());
        assertEquals(StarterProfile.text(), Files.readString(file));
    }

    @Test
    void validatesTheExampleProfileWithTheExampleSite() {
        Path root = TestProfiles.repoRoot();
        Run run = run("validate", "--site", root.resolve("site").toString(), "--profile",
                root.resolve("site/profiles/example.yaml").toString(), "--today", "2026-02-10");
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals("No errors.\n", run.out());
    }

    @Test
    void reportsEveryProfileErrorWithItsLocationAndExitsWithTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("me.yaml");
        Files.writeString(file, StarterProfile.text().replace("email: you@example.edu", "email: you@")
                .replace("status: identified", "status: schedule"));
        Run run = run("validate", "--profile", file.toString());
        assertEquals(Main.INVALID, run.exit());
        String[] lines = run.err().split("\n");
        assertEquals(3, lines.length, run.err());
        assertTrue(lines[0].matches(".*me\\.yaml:16:10: 'email' is not an email address: 'you@' .*"), lines[0]);
        assertTrue(lines[1].matches(".*me\\.yaml:\\d+:13: unknown status 'schedule'; did you mean 'scheduled'\\? .*"),
                lines[1]);
        assertEquals("2 errors; nothing was written.", lines[2]);
    }

    @Test
    void packetMakesTheGuideAndSaysWhereToOpenIt(@TempDir Path dir) {
        Path root = TestProfiles.repoRoot();
        Path out = dir.resolve("zoe-guide");
        Run run = run("packet", "--profile", root.resolve("site/profiles/example.yaml").toString(), "--site",
                root.resolve("site").toString(), "--today", "2026-02-10", "--out", out.toString());
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertEquals("Made the personal guide for 2026-02-10: 7 contacts, 8 pages, tracker, calendar, printable packet ("
                + lines[0].replaceAll(".*\\((\\d+) files\\).*", "$1") + " files) in " + out, lines[0]);
        assertEquals("Open " + out.toAbsolutePath().normalize().resolve("index.html").toUri(), lines[1]);
        assertTrue(Files.isRegularFile(out.resolve("calendar.ics")));
        assertTrue(Files.isRegularFile(out.resolve("packet.pdf")));
    }

    @Test
    void packetReportsAnInvalidProfileAndWritesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("me.yaml");
        Files.writeString(file, StarterProfile.text().replace("channel: email", "channel: e-mail"));
        Path out = dir.resolve("me-guide");
        Run run = run("packet", "--profile", file.toString(), "--out", out.toString());
        assertEquals(Main.INVALID, run.exit());
        assertTrue(run.err().contains("unknown channel 'e-mail'; did you mean 'email'?"), run.err());
        assertTrue(run.err().endsWith("1 error; nothing was written.\n"), run.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void packetRefusesToWriteWhereTheGuideWouldBePublished() {
        Path root = TestProfiles.repoRoot();
        Run run = run("packet", "--profile", root.resolve("site/profiles/example.yaml").toString(), "--site",
                root.resolve("site").toString(), "--out", root.resolve("site/static/guide").toString());
        assertEquals(Main.INVALID, run.exit());
        assertTrue(run.err().startsWith("coffeechat: refusing to write a personal guide to "), run.err());
        assertTrue(Files.notExists(root.resolve("site/static/guide")));
    }
}
