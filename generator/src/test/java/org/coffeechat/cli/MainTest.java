package org.coffeechat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.output.StagedDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs the real main method in a fresh JVM inside {@code workDir}, as a user would from a shell. */
    private static Run runInFolder(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path outFile = Files.createTempFile("coffeechat-out", ".txt");
        Path errFile = Files.createTempFile("coffeechat-err", ".txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Run run = new Run(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
        Files.delete(outFile);
        Files.delete(errFile);
        return run;
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("Exception:")
                .doesNotContain("Caused by");
    }

    private Path invalidContent() {
        Path content = dir.resolve("content");
        Fixtures.copyTree(Fixtures.site("minimal").resolve("content"), content);
        Fixtures.write(content, "questions/bank.yaml", """
                questions:
                  - id: how-did-you-start
                    text: How did you get started?
                    category: career-path
                    objectve: insight
                    why: Their story.
                    priority: 1
                """);
        return content;
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Run run = run("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: coffeechat").contains("build").contains("validate")
                .contains("Exit codes:").contains("0   success").contains("1   an internal failure")
                .contains("2   invalid input");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        Run build = run("build", "--help");
        Run validate = run("validate", "--help");

        assertThat(build.exit()).isZero();
        assertThat(build.out()).contains("--content=DIR").contains("--site=DIR").contains("--theme=DIR")
                .contains("--out=DIR").contains("coffeechat-site");
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).contains("--content=DIR").doesNotContain("--out");
    }

    @Test
    void versionPrintsTheVersion() {
        Run run = run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("coffeechat ");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2AndNoStackTrace() {
        Run run = run("build", "--contnet");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--contnet'").contains("Run 'coffeechat --help' for usage.");
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run run = run("biuld");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("biuld");
        assertNoStackTrace(run);
    }

    @Test
    void buildWritesTheSiteAndSaysWhereToOpenIt() {
        Path out = dir.resolve("out");
        Run run = run("build", "--content", Fixtures.site("minimal").resolve("content").toString(),
                "--site", Fixtures.site("minimal").resolve("site").toString(), "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Built 13 pages").contains("Open " + out.resolve("index.html").toUri());
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void invalidContentExitsWith2ListsEveryProblemAndWritesNothing() {
        Path out = dir.resolve("out");
        Run run = run("build", "--content", invalidContent().toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        String bank = Fixtures.relativeDisplay(dir.resolve("content/questions/bank.yaml"));
        assertThat(run.err().lines()).containsExactly(
                bank + ":2:5: a question is missing the required key 'objective'",
                bank + ":5:5: unknown key 'objectve' in a question; did you mean 'objective'?",
                "2 errors; nothing was written.");
        assertNoStackTrace(run);
        assertThat(out).doesNotExist();
        assertThat(Fixtures.list(dir)).containsExactly("content");
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() {
        Path out = dir.resolve("out");
        assertThat(run("build", "--content", Fixtures.site("minimal").resolve("content").toString(),
                "--out", out.toString()).exit()).isZero();
        Map<String, byte[]> before = Fixtures.tree(out);

        Run failed = run("build", "--content", invalidContent().toString(), "--out", out.toString());

        assertThat(failed.exit()).isEqualTo(2);
        assertThat(Fixtures.tree(out)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Fixtures.list(dir)).containsExactly("content", "out");
    }

    @Test
    void refusesToOverwriteAFolderCoffeechatDidNotMake() {
        Path mine = dir.resolve("my-documents");
        Fixtures.write(mine, "cv.txt", "important");

        Run run = run("build", "--out", mine.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to replace").contains("choose another --out folder");
        assertThat(mine.resolve("cv.txt")).hasContent("important");
        assertThat(mine.resolve(StagedDirectory.MARKER)).doesNotExist();
        assertNoStackTrace(run);
    }

    @Test
    void validateReportsProblemsWithExitCode2() {
        Run run = run("validate", "--content", invalidContent().toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'objectve' in a question; did you mean 'objective'?")
                .contains("2 errors; nothing was written.");
        assertNoStackTrace(run);
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        Path content = dir.resolve("content");
        Fixtures.copyTree(Fixtures.site("minimal").resolve("content"), content);
        Fixtures.write(content, "questions/categories.yaml", """
                categories:
                  - id: career-path
                    title: Career path
                    order: 1
                    description: How they got there.
                  - id: empty-one
                    title: Nothing here yet
                    order: 2
                    description: No question uses it.
                """);

        Run lenient = run("validate", "--content", content.toString());
        Run strict = run("validate", "--strict", "--content", content.toString());

        assertThat(lenient.exit()).isZero();
        assertThat(lenient.err()).contains("warning: category 'empty-one' has no questions");
        assertThat(lenient.out()).contains("No errors (1 warning).");
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.err()).contains("0 errors, 1 warning; nothing was written.");
    }

    @Test
    void anInternalFailureExitsWith1AndAsksForABugReportWithoutAStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cli.addSubcommand("explode", new Exploding());

        int exit = cli.execute("explode");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("coffeechat: internal error: java.lang.IllegalStateException: boom")
                .contains("This is a bug in coffeechat, not in your files.");
        assertNoStackTrace(new Run(exit, out.toString(), err.toString().replace("IllegalStateException:", "ISE")));
    }

    @Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void buildWithNoArgumentsWritesTheBuiltInGuideIntoTheWorkingFolder() throws Exception {
        Run run = runInFolder(dir, "build");

        assertThat(run.exit()).isZero();
        Path site = dir.resolve("coffeechat-site").toRealPath();
        assertThat(run.out()).contains("into coffeechat-site").contains("Open " + site.resolve("index.html").toUri());
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("sitemap.xml")).isRegularFile();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateWritesNothing() throws Exception {
        Run run = runInFolder(dir, "validate");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("No errors." + System.lineSeparator());
        assertThat(Fixtures.list(dir)).isEmpty();
    }

    @Test
    void theRealMainExitsWith2ForBadInput() throws Exception {
        Run run = runInFolder(dir, "build", "--content", "does-not-exist");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("does-not-exist:1:1: the content folder does not exist");
        assertNoStackTrace(run);
        assertThat(Fixtures.list(dir)).isEmpty();
    }
}
