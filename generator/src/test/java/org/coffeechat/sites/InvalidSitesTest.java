package org.coffeechat.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coffeechat.cli.Main;
import org.coffeechat.fixtures.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code sites/invalid/} is one kind of mistake laid over the minimal site (see the
 * README there). Each must fail with exactly the messages in its {@code expected.txt}, exit code 2,
 * and leave the previous output as it was.
 */
class InvalidSitesTest {

    private static final Path CASES = Fixtures.site("invalid");

    @TempDir
    Path dir;

    static Stream<String> cases() {
        try (Stream<Path> entries = Files.list(CASES)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The minimal site with the case's files laid over it. */
    private Path prepare(String name) {
        Path work = dir.resolve("work");
        Fixtures.copyTree(Fixtures.site("minimal"), work);
        Path caseDir = CASES.resolve(name);
        Path remove = caseDir.resolve("remove.txt");
        if (Files.exists(remove)) {
            Fixtures.read(remove).lines().filter(l -> !l.isBlank()).forEach(l -> {
                try {
                    Files.delete(work.resolve(l.strip()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        for (String top : List.of("content", "site", "theme")) {
            if (Files.isDirectory(caseDir.resolve(top))) {
                Fixtures.copyTree(caseDir.resolve(top), work.resolve(top));
            }
        }
        return work;
    }

    private static List<String> inputArgs(Path work) {
        List<String> args = new ArrayList<>(List.of("--content", work.resolve("content").toString(),
                "--site", work.resolve("site").toString()));
        if (Files.isDirectory(work.resolve("theme"))) {
            args.addAll(List.of("--theme", work.resolve("theme").toString()));
        }
        return args;
    }

    private static List<String> expected(String name) {
        return Fixtures.read(CASES.resolve(name).resolve("expected.txt")).lines().toList();
    }

    private static List<String> printed(Run run, Path work) {
        return run.err().replace(Fixtures.relativeDisplay(work) + "/", "").lines().toList();
    }

    @TempDir
    static Path shared;

    /** A good build of the minimal site, copied into place as "the previous output" of each case. */
    private static Path previous;

    @BeforeAll
    static void buildThePreviousSiteOnce() {
        previous = shared.resolve("previous");
        Run good = run("build", "--content", Fixtures.site("minimal").resolve("content").toString(),
                "--site", Fixtures.site("minimal").resolve("site").toString(), "--out", previous.toString());
        assertThat(good.exit()).as(good.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildFailsWithExactlyTheExpectedMessagesAndKeepsThePreviousSite(String name) {
        Path out = dir.resolve("out");
        Fixtures.copyTree(previous, out);
        Map<String, byte[]> before = Fixtures.tree(out);
        assertThat(before).containsKey("index.html");
        Path work = prepare(name);

        List<String> args = new ArrayList<>(List.of("build"));
        args.addAll(inputArgs(work));
        args.addAll(List.of("--out", out.toString()));
        Run run = run(args.toArray(String[]::new));

        assertThat(printed(run, work)).containsExactlyElementsOf(expected(name));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(Fixtures.tree(out)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Fixtures.list(dir)).containsExactly("out", "work");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateReportsTheSameMessagesAndWritesNothing(String name) {
        Path work = prepare(name);
        Map<String, byte[]> inputs = Fixtures.tree(work);

        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(inputArgs(work));
        Run run = run(args.toArray(String[]::new));

        assertThat(printed(run, work)).containsExactlyElementsOf(expected(name));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(Fixtures.tree(work)).containsOnlyKeys(inputs.keySet());
        assertThat(Fixtures.list(dir)).containsExactly("work");
    }

    @Test
    void thereIsAnInvalidFixtureForEveryKindOfMistakeTheIssueNames() {
        assertThat(cases().toList()).contains("unknown-key", "wrong-type", "missing-required-field", "duplicate-id",
                "unknown-category", "unknown-objective", "unknown-template-variable", "broken-link", "broken-anchor",
                "yaml-syntax-error", "low-contrast-colour", "missing-template", "template-syntax-error");
    }
}
