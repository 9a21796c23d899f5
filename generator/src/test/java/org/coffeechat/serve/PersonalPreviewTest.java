package org.coffeechat.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.IncrementalBuild;
import org.coffeechat.output.SourceDate;
import org.coffeechat.fixtures.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coffeechat serve --profile}: the student's personal guide is served beside the site,
 * under its own path, made again when the profile is saved, its problems reported located, and
 * none of it is ever part of the site's files.
 */
class PersonalPreviewTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CONTACT = "Wilhelmina Quarterbridge";
    private static final String CONTACT_PAGE = "contacts/wilhelmina-quarterbridge.html";

    @TempDir
    Path dir;

    private Path profile;
    private Preview preview;
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void serveTheBuiltInSiteWithTheExampleProfile() throws IOException {
        profile = dir.resolve("me.yaml");
        // Names the built-in content's examples do not use, to find them wherever they land.
        Files.writeString(profile, Files.readString(Fixtures.repoRoot().resolve("site/profiles/example.yaml"))
                .replace("Priya Raman", CONTACT).replace("Solaris Grid", "Quarterbridge Turbines"));
        preview = Preview.start(new Preview.Options(BuildRequest.defaults(), InetAddress.getLoopbackAddress(), 0,
                Optional.of(profile), LocalDate.of(2026, 2, 10)), new PrintWriter(log, true));
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(preview.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first state the event stream sends to a page that opens now. */
    private String state() throws IOException, InterruptedException {
        HttpResponse<Stream<String>> events = HTTP.send(HttpRequest.newBuilder(
                preview.address().resolve("__coffeechat/events")).build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = events.body()) {
            return lines.filter(l -> l.startsWith("data: ")).findFirst().orElseThrow().substring(6);
        }
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

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(profile);
        assertThat(text).contains(from);
        Files.writeString(profile, text.replace(from, to));
    }

    private String overview() {
        try {
            return get("__coffeechat/personal/index.html").body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Test
    void servesThePersonalGuideUnderItsOwnPathWithThePreviewScript() throws Exception {
        HttpResponse<String> page = get("__coffeechat/personal/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(CONTACT).contains("<script src=\"/__coffeechat/preview.js\"")
                .contains("data-page=\"__coffeechat/personal/index.html\"");
        assertThat(get("__coffeechat/personal/css/site.css").statusCode()).isEqualTo(200);
        assertThat(get("__coffeechat/personal/tracker.csv").body()).contains(CONTACT);
        assertThat(get("__coffeechat/personal/nothing.html").statusCode()).isEqualTo(404);
        assertThat(preview.personalAddress()).contains(preview.address().resolve("__coffeechat/personal/"));
        assertThat(preview.watched()).contains(dir.toAbsolutePath().normalize());
    }

    @Test
    void theProfileNeverLandsInTheSiteFiles() throws Exception {
        Map<String, byte[]> site = preview.siteFiles();

        assertThat(site).isNotEmpty().containsKey("index.html");
        for (Map.Entry<String, byte[]> file : site.entrySet()) {
            assertThat(file.getKey()).doesNotStartWith("__coffeechat");
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(file.getKey()).doesNotContain(CONTACT).doesNotContain("Quarterbridge Turbines")
                    .doesNotContain("zoe.nunez@lakeshore").doesNotContain("__coffeechat/personal");
        }
        assertThat(get("index.html").body()).doesNotContain(CONTACT);
    }

    @Test
    void savingTheProfileMakesThePersonalGuideAgainAndTellsThePages() throws Exception {
        String before = state();

        edit("name: " + CONTACT, "name: Wilhelmina Quarterbridge-Oduya");

        waitFor("the overview to show the saved name", () -> overview().contains("Wilhelmina Quarterbridge-Oduya"));
        String after = state();
        assertThat(after).isNotEqualTo(before).contains("\"__coffeechat/personal/index.html\"")
                .contains("\"problems\":[]");
        assertThat(log.toString()).contains("me.yaml: personal guide made, ");
        assertThat(preview.siteFiles().values()).noneMatch(b -> new String(b, StandardCharsets.UTF_8)
                .contains("Quarterbridge-Oduya"));
    }

    @Test
    void savingAQuestionOfTheContentMakesThePersonalGuideAgainToo() throws Exception {
        preview.close();
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content"), dir.resolve("content"));
        preview = Preview.start(new Preview.Options(BuildRequest.defaults().withContent(dir.resolve("content")),
                InetAddress.getLoopbackAddress(), 0, Optional.of(profile), LocalDate.of(2026, 2, 10)),
                new PrintWriter(log, true));
        String page = "__coffeechat/personal/" + CONTACT_PAGE;
        assertThat(get(page).body()).contains("Which skill do you think I should work on most?");

        Path questions = dir.resolve("content/questions/career.yaml");
        Files.writeString(questions, Files.readString(questions).replace("Which skill do you think I should work on most?",
                "Which one skill should I work on first?"));

        waitFor("the pinned question's new words in the contact's page", () -> {
            try {
                return get(page).body().contains("Which one skill should I work on first?");
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
        assertThat(log.toString()).contains("questions/career.yaml: rendered ").contains("me.yaml: personal guide made, ");
    }

    @Test
    void aBrokenProfileIsReportedAtItsLineAndTheLastGuideStaysUntilItIsFixed() throws Exception {
        edit("    status: thanked", "    status: thankd");

        waitFor("the profile's problem", () -> log.toString().contains("1 error in the profile"));
        String problem = profile + ":58:13: unknown status 'thankd'; did you mean 'thanked'? "
                + "(one of: identified, requested, followed-up, scheduled, met, thanked, keeping-in-touch, closed)";
        assertThat(log.toString()).contains(problem);
        assertThat(state()).contains(problem.replace("\\", "\\\\"));
        assertThat(overview()).contains(CONTACT);

        edit("    status: thankd", "    status: thanked");

        waitFor("the problem to go", () -> {
            try {
                return state().contains("\"problems\":[]");
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
        // The same guide as before the mistake: nothing for the open pages to load again.
        waitFor("the terminal to say so", () -> log.toString().contains("me.yaml: personal guide made, 0 changed files in "));
    }

    @Test
    void savingAStepPageLeavesThePersonalGuideAloneWhileSavingAQuestionMakesItAgain() throws Exception {
        preview.close();
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content"), dir.resolve("content"));
        IncrementalBuild build = IncrementalBuild.start(BuildRequest.defaults().withContent(dir.resolve("content")));
        PersonalPreview personal = new PersonalPreview(profile, LocalDate.of(2026, 2, 10), SourceDate.FALLBACK, false);
        assertThat(personal.rebuild(build.site(), true)).isPresent();
        assertThat(personal.made()).isEqualTo(1);

        Path step = dir.resolve("content/steps/01-understand/objectives.md");
        Files.writeString(step, Files.readString(step) + "\nOne more sentence about objectives.\n");
        assertThat(build.update(List.of(step)).ok()).isTrue();
        assertThat(build.site().orElseThrow().content().sections().toString()).contains("One more sentence about objectives.");

        assertThat(personal.rebuild(build.site(), false)).isEmpty();
        assertThat(personal.made()).isEqualTo(1);

        Path questions = dir.resolve("content/questions/career.yaml");
        Files.writeString(questions, Files.readString(questions).replace("Which skill do you think I should work on most?",
                "Which one skill should I work on first?"));
        assertThat(build.update(List.of(questions)).ok()).isTrue();

        assertThat(personal.rebuild(build.site(), false)).hasValueSatisfying(changed ->
                assertThat(changed).contains(PersonalPreview.served(CONTACT_PAGE)));
        assertThat(personal.made()).isEqualTo(2);
        assertThat(new String(personal.files().get(CONTACT_PAGE), StandardCharsets.UTF_8))
                .contains("Which one skill should I work on first?");

        // A saved profile is read again whatever the site did.
        assertThat(personal.rebuild(build.site(), true)).hasValue(java.util.Set.of());
        assertThat(personal.made()).isEqualTo(3);
    }
}
