package org.coffeechat.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.build.PacketResult;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.output.MemoryOutput;
import org.coffeechat.output.OutputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example profile built into a personal guide, read back file by file. */
class PersonalGuideEndToEndTest {

    static final Path INVALID = Path.of("src/test/resources/profiles/invalid");

    static Map<String, byte[]> build(Path out) throws IOException {
        PacketResult result = PacketBuilder.build(ExampleGuide.request(ExampleGuide.profile()), out);
        assertThat(result.contacts()).isEqualTo(7);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static Document html(Map<String, byte[]> files, String path) {
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void writesTheOverviewAPagePerContactTheTrackerTheCalendarAndTheTimeline(@TempDir Path dir) throws IOException {
        Map<String, byte[]> files = build(dir.resolve("zoe-guide"));
        assertThat(files).containsKeys("index.html", "timeline.svg", "tracker.csv", "tracker.xlsx", "calendar.ics",
                "css/site.css", "css/personal.css", "js/site.js", "contacts/priya-raman.html",
                "contacts/darya-ivanova.html", "contacts/lukasz-nowak.html", "contacts/contact-acf979cc.html",
                "contacts/tomas-okafor.html", "contacts/nora-obrien.html", "contacts/jean-luc-tremblay.html");
        Document index = html(files, "index.html");
        assertThat(index.selectFirst("h1").text()).isEqualTo("Zoë's coffee chats");
        assertThat(index.selectFirst(".as-of").text()).startsWith("This plan is for Tuesday 10 February 2026");
        assertThat(index.select(".contacts-table tbody tr")).hasSize(7);
        for (Element link : index.select(".contacts-table tbody a")) {
            assertThat(files).containsKey(link.attr("href"));
        }
        assertThat(index.select("figure.timeline-figure svg text")).anyMatch(t -> t.text().equals("王小明"));
        assertThat(index.select(".agenda-item").first().text()).contains("Tuesday 10 February 2026", "王小明",
                "Send the request");
        assertThat(index.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
    }

    @Test
    void givesEachContactTheirQuestionsPlanResearchEtiquetteAndDrafts() {
        SortedMap<String, byte[]> files = ExampleGuide.files();
        for (String page : files.keySet().stream().filter(p -> p.startsWith("contacts/")).toList()) {
            Document d = html(files, page);
            assertThat(d.select("ol.personal-questions > li")).as(page).hasSizeBetween(8, 10);
            assertThat(d.select("ol.personal-questions .q-why")).allMatch(e -> e.text().startsWith("Chosen because"));
            assertThat(d.select("ol.plan > li")).as(page).isNotEmpty();
            assertThat(d.select("ul.research > li")).as(page).hasSizeGreaterThanOrEqualTo(9);
            assertThat(d.select("#etiquette ~ ul.checklist > li")).as(page).isNotEmpty();
        }
        Document darya = html(files, "contacts/darya-ivanova.html");
        assertThat(darya.selectFirst("h1").text()).isEqualTo("Дарья Иванова");
        assertThat(darya.selectFirst(".next-step").text()).contains("Confirm the day before", "Monday 16 February 2026");
        Element confirmation = darya.getElementById("draft-confirmation-email");
        assertThat(confirmation).isNotNull();
        assertThat(confirmation.selectFirst(".message").text()).contains("Tuesday 17 February", "10:30",
                "on Microsoft Teams");
        String mailto = confirmation.selectFirst("a.mailto").attr("href");
        assertThat(mailto).startsWith("mailto:darya.ivanova@verdant.example?subject=").contains("&body=Dear%20");
        Element copy = confirmation.selectFirst("button.copy");
        Element plain = darya.getElementById(copy.attr("data-copy"));
        assertThat(plain.tagName()).isEqualTo("textarea");
        assertThat(plain.text()).startsWith("Subject: Confirming our conversation");
        Document wang = html(files, "contacts/contact-acf979cc.html");
        assertThat(wang.select("mark.prompt")).isNotEmpty().allMatch(m -> m.text().matches("\\[[^]]+]"));
    }

    @Test
    void etiquetteQuotesTheStudentsOwnSettingsNotTheCentersWhereTheProfileChangesThem(@TempDir Path dir)
            throws IOException {
        // The example profile follows up after 10 days where the example site says 14.
        Document zoe = html(ExampleGuide.files(), "contacts/priya-raman.html");
        assertThat(zoe.select("#etiquette ~ ul.checklist > li").eachText())
                .anyMatch(rule -> rule.contains("follow up once after 10 days"))
                .noneMatch(rule -> rule.contains("after 14 days"));

        // A student who thanks within 48 hours and offers the resume for feedback gets the rules for that.
        Path profile = dir.resolve("me.yaml");
        Files.writeString(profile, ExampleGuide.read(ExampleGuide.profile()).replace(
                "  followUpAfterDays: 10", "  followUpAfterDays: 10\n  thankYouWithinHours: 48\n  resume: offer-for-feedback"));
        MemoryOutput out = new MemoryOutput();
        PacketBuilder.render(PacketBuilder.load(ExampleGuide.request(profile)), out);
        List<String> rules = html(out.files(), "contacts/priya-raman.html").select("#etiquette ~ ul.checklist > li")
                .eachText();
        assertThat(rules).anyMatch(rule -> rule.contains("within 48 hours"))
                .noneMatch(rule -> rule.contains("within 24 hours"))
                .anyMatch(rule -> rule.contains("comment on your resume"))
                .noneMatch(rule -> rule.contains("Keep your resume in your bag"));
    }

    @Test
    void escapesEverythingFromTheProfile(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("p.yaml");
        Files.writeString(profile, ExampleGuide.read(ExampleGuide.profile())
                .replaceFirst("notes: Lakeshore alumna.*", "notes: \"<script>alert('x')</script> & <b>bold</b>\"")
                .replace("organisation: Solaris Grid", "organisation: \"Solaris <Grid> & Co\""));
        org.coffeechat.output.MemoryOutput out = new org.coffeechat.output.MemoryOutput();
        PacketBuilder.render(PacketBuilder.load(ExampleGuide.request(profile)), out);
        Document page = Jsoup.parse(out.text("contacts/priya-raman.html"));
        assertThat(page.select("script")).allMatch(s -> s.hasAttr("src"));
        assertThat(page.select("b")).isEmpty();
        assertThat(page.text()).contains("<script>alert('x')</script> & <b>bold</b>", "Solaris <Grid> & Co");
        assertThat(out.text("timeline.svg")).doesNotContain("<Grid>");
    }

    @Test
    void givesTheSameBytesForTheSameInputs(@TempDir Path dir) throws IOException {
        Map<String, byte[]> first = build(dir.resolve("one"));
        Map<String, byte[]> second = build(dir.resolve("two"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String path : first.keySet()) {
            assertThat(second.get(path)).as(path).isEqualTo(first.get(path));
        }
    }

    @Test
    void refusesAFolderFromWhichTheGuideWouldBePublished(@TempDir Path dir) throws IOException {
        Path inSite = ExampleGuide.site().resolve("static/zoe");
        assertThatThrownBy(() -> PacketBuilder.build(ExampleGuide.request(ExampleGuide.profile()), inSite))
                .isInstanceOf(OutputException.class).hasMessageContaining("which is published");
        assertThat(inSite).doesNotExist();
        Path website = dir.resolve("public");
        Files.createDirectories(website);
        Files.writeString(website.resolve("sitemap.xml"), "<urlset/>");
        Files.writeString(website.resolve(org.coffeechat.output.StagedDirectory.MARKER), "");
        assertThatThrownBy(() -> PacketBuilder.build(ExampleGuide.request(ExampleGuide.profile()), website))
                .isInstanceOf(OutputException.class).hasMessageContaining("holds a guide website");
        assertThat(website.resolve("sitemap.xml")).exists();
    }

    static List<String> invalidProfiles() throws IOException {
        try (Stream<Path> dirs = Files.list(INVALID)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    /** An invalid profile stops the build with its exact messages, and the previous guide stays as it was. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProfiles")
    void failsOnEachInvalidProfileAndKeepsThePreviousGuide(String name, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("guide");
        PacketBuilder.build(ExampleGuide.request(ExampleGuide.profile()), out);
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        Path profile = INVALID.resolve(name).resolve("profile.yaml");
        List<String> expected = new ArrayList<>();
        String shown = profile.toString().replace('\\', '/');
        for (String line : Files.readAllLines(INVALID.resolve(name).resolve("expected.txt"))) {
            expected.add(line.replaceFirst("^profile\\.yaml", shown));
        }
        assertThatThrownBy(() -> PacketBuilder.build(ExampleGuide.request(profile), out))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics().stream()
                        .map(Diagnostic::toString).toList()).isEqualTo(expected));
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
    }
}
