package org.coffeechat.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.Change;
import org.coffeechat.build.IncrementalBuild.Update;
import org.coffeechat.fixtures.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coffeechat serve} on a site of its own: what a save prints in the terminal, what it
 * leaves as the last update, and what the pages that listen are told.
 */
class PreviewTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECOND = "content/steps/01-start/second.md";

    @TempDir
    Path dir;

    private Preview preview;
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void serveACopyOfTheMinimalSite() {
        Fixtures.copyTree(Fixtures.site("minimal"), dir);
        preview = Preview.start(new Preview.Options(BuildRequest.defaults().withContent(dir.resolve("content"))
                .withSite(dir.resolve("site")), InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true));
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The first state the event stream sends to a page that opens now. */
    private String state() throws IOException, InterruptedException {
        HttpResponse<Stream<String>> events = HTTP.send(HttpRequest.newBuilder(
                preview.address().resolve("__coffeechat/events")).build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = events.body()) {
            return lines.filter(l -> l.startsWith("data: ")).findFirst().orElseThrow().substring(6);
        }
    }

    @Test
    void aFailedSaveReportsItsErrorsOnceAndStaysTheLastUpdate() throws Exception {
        edit(SECOND, "(/etiquette/#before)", "(/etiquette/#befor)");

        waitFor("the failed save's report", () -> log.toString().contains("the preview shows the last version"));
        waitFor("the failed save as the last update", () -> preview.lastUpdate() != null);
        Update failed = preview.lastUpdate();
        assertThat(failed.ok()).isFalse();
        assertThat(failed.changes()).extracting(Change::path).anyMatch(p -> p.endsWith("second.md"));

        // The fix is handled after the failed save is done with: the log then holds all the failed save printed.
        edit(SECOND, "(/etiquette/#befor)", "(/etiquette/#before)");
        waitFor("the fix's report", () -> log.toString().contains("ms\n") || log.toString().contains("ms\r\n"));

        String printed = log.toString();
        assertThat(count(printed, "broken link '/etiquette/#befor'")).as(printed).isEqualTo(1);
        assertThat(count(printed, "the preview shows the last version")).as(printed).isEqualTo(1);
        assertThat(printed).doesNotContain("then:");
    }

    @Test
    void aPageThatOpensOnFilesThatNeverBuiltIsToldTheirProblemsFromTheStart() throws Exception {
        preview.close();
        edit(SECOND, "(/etiquette/#before)", "(/etiquette/#befor)");
        preview = Preview.start(new Preview.Options(BuildRequest.defaults().withContent(dir.resolve("content"))
                .withSite(dir.resolve("site")), InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true));

        assertThat(state()).contains("broken link '/etiquette/#befor'").contains("\"version\":1");
    }

    @Test
    void aPageThatOpensAfterAFailedSaveIsToldItsProblems() throws Exception {
        assertThat(state()).doesNotContain("#befor");

        edit(SECOND, "(/etiquette/#before)", "(/etiquette/#befor)");
        waitFor("the failed save's report", () -> log.toString().contains("the preview shows the last version"));

        waitFor("the state to name the broken link", () -> {
            try {
                return state().contains("#befor");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        edit(SECOND, "(/etiquette/#befor)", "(/etiquette/#before)");
        waitFor("the state to drop the fixed problem", () -> {
            try {
                return !state().contains("#befor");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }
}
