package org.coffeechat.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Content;
import org.coffeechat.model.EtiquetteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts that follow a numeric guidance setting (ranges in policies.yaml) and etiquette items that
 * apply only for some settings ({@code when:}), on a copy of the minimal fixture content.
 */
class PolicyTextsTest {

    private static final String CHOICES = """
            resume:
              bring-if-asked: Keep it until asked.
              offer-for-feedback: Offer it for feedback.
            researchFirst:
              person: The person first.
              organisation: The organisation first.
            meetingFormat:
              offer-options: Offer options.
              contact-chooses: They choose.
            """;

    private static final String FOLLOW_UP_PAGE = """
            ---
            title: First step
            order: 1
            summary: Where it begins.
            ---
            ## Why this timing

            {{policy:followUpAfterDays}}
            """;

    @TempDir
    Path dir;

    @Test
    void insertsTheTextWhoseRangeHoldsTheSiteValueWithItsNumber() {
        Path content = fixture(CHOICES + """
                followUpAfterDays:
                  3-9: |-
                    Follow up quickly, after {{followUpAfterDays}} days.
                  10+: |-
                    Give them time: {{followUpAfterDays}} days.
                """, FOLLOW_UP_PAGE);
        assertTrue(firstPage(load(content, guidance(7))).contains("Follow up quickly, after 7 days."));
        assertTrue(firstPage(load(content, guidance(14))).contains("Give them time: 14 days."));
        assertTrue(firstPage(load(content, guidance(60))).contains("Give them time: 60 days."));
    }

    @Test
    void reportsValuesThatNoRangeCovers() {
        Path content = fixture(CHOICES + """
                followUpAfterDays:
                  3-9: Soon.
                  12+: Later.
                """, FOLLOW_UP_PAGE);
        assertEquals(List.of("content/policies.yaml:11:3: the texts for 'followUpAfterDays' leave 10 to 11 without a text "
                + "(a site may choose any value from 3 to 60)"), messages(content, guidance(14)));
    }

    @Test
    void reportsOverlappingRanges() {
        Path content = fixture(CHOICES + """
                followUpAfterDays:
                  3-10: Soon.
                  9+: Later.
                """, FOLLOW_UP_PAGE);
        assertEquals(List.of("content/policies.yaml:12:3: the range 9 to 60 for 'followUpAfterDays' overlaps the range "
                + "before it; give each value one text"), messages(content, guidance(14)));
    }

    @Test
    void reportsARangeThatIsNotARange() {
        Path content = fixture(CHOICES + """
                followUpAfterDays:
                  3-9: Soon.
                  ten or more: Later.
                """, FOLLOW_UP_PAGE);
        List<String> messages = messages(content, guidance(14));
        assertTrue(messages.contains("content/policies.yaml:12:3: 'ten or more' is not a range of values for "
                + "'followUpAfterDays': write a single number (0), two numbers with a dash (10-25) or a number and a plus (26+)"),
                messages.toString());
    }

    @Test
    void reportsAPageThatAsksForTextsPoliciesYamlDoesNotHave() {
        Path content = fixture(CHOICES, FOLLOW_UP_PAGE);
        List<String> messages = messages(content, guidance(14));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("content/steps/01-start/first.md:8:1: policies.yaml has no texts for "
                + "'followUpAfterDays'"), messages.get(0));
    }

    @Test
    void leavesOutEtiquetteItemsWhoseSettingDoesNotMatch() {
        Path content = fixture(CHOICES, FOLLOW_UP_PAGE.replace("{{policy:followUpAfterDays}}", "Text."));
        write(content.resolve("etiquette.yaml"), """
                items:
                  - id: arrive-early
                    phase: during
                    rule: Arrive {{arriveMinutesEarly}} minutes early.
                    why: It absorbs delays.
                    firmness: must
                    when: {arriveMinutesEarly: 1+}
                  - id: arrive-on-time
                    phase: during
                    rule: Arrive on time.
                    why: Your host is not called away early.
                    firmness: must
                    when: {arriveMinutesEarly: 0}
                  - id: offer-resume
                    phase: during
                    rule: Offer your resume for feedback.
                    why: Insiders know what employers notice.
                    firmness: should
                    when: {resume: offer-for-feedback}
                """);
        Guidance early = Guidance.defaults();
        Guidance onTime = new Guidance(30, 0, 14, 24, 3, "offer-for-feedback", "person", "offer-options", 200);
        assertEquals(List.of("arrive-early"), etiquetteIds(load(content, early)));
        assertEquals(List.of("arrive-on-time", "offer-resume"), etiquetteIds(load(content, onTime)));
    }

    @Test
    void reportsAConditionOnAnUnknownSettingOrValue() {
        Path content = fixture(CHOICES, FOLLOW_UP_PAGE.replace("{{policy:followUpAfterDays}}", "Text."));
        write(content.resolve("etiquette.yaml"), """
                items:
                  - id: offer-resume
                    phase: during
                    rule: Offer your resume.
                    why: Insiders know what employers notice.
                    firmness: should
                    when: {resume: offer-for-feedbak, arriveMinutesErly: 1+}
                """);
        List<String> messages = messages(content, Guidance.defaults());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/etiquette.yaml:7:39: unknown key 'arriveMinutesErly'")
                && m.contains("did you mean 'arriveMinutesEarly'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/etiquette.yaml:7:20: unknown resume "
                + "'offer-for-feedbak'") && m.contains("did you mean 'offer-for-feedback'")), messages.toString());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Guidance guidance(int followUpAfterDays) {
        Guidance d = Guidance.defaults();
        return new Guidance(d.meetingMinutes(), d.arriveMinutesEarly(), followUpAfterDays, d.thankYouWithinHours(),
                d.checkInMonths(), d.resume(), d.researchFirst(), d.meetingFormat(), d.linkedinNoteLimit());
    }

    /** A copy of the minimal fixture's content with the given policies.yaml and first page. */
    private Path fixture(String policies, String firstPage) {
        Path source = CuratedContent.repoRoot().resolve("generator/src/test/resources/sites/minimal/content");
        Path target = dir.resolve("content");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(target.resolve("policies.yaml"), policies);
        write(target.resolve("steps/01-start/first.md"), firstPage);
        return target;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Content load(Path content, Guidance guidance) {
        Diagnostics problems = new Diagnostics();
        Content loaded = ContentLoader.load(new ContentFiles(content, "content"), guidance, problems);
        assertEquals(List.of(), problems.sorted(), "loads without problems");
        return loaded;
    }

    private static List<String> messages(Path content, Guidance guidance) {
        Diagnostics problems = new Diagnostics();
        ContentLoader.load(new ContentFiles(content, "content"), guidance, problems);
        return problems.sorted().stream().map(Diagnostic::toString).toList();
    }

    private static String firstPage(Content content) {
        return content.steps().get(0).body().html().markup();
    }

    private static List<String> etiquetteIds(Content content) {
        return content.etiquette().stream().map(EtiquetteItem::id).toList();
    }
}
