package org.coffeechat.personalize;

import static org.coffeechat.personalize.TestContent.bank;
import static org.coffeechat.personalize.TestContent.industries;
import static org.coffeechat.personalize.TestContent.q;
import static org.coffeechat.personalize.TestContent.roles;
import static org.coffeechat.personalize.TestContent.sensitive;
import static org.coffeechat.personalize.TestContent.stages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coffeechat.config.Guidance;
import org.coffeechat.model.Content;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.model.Stage;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.profile.TestProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The question-choosing rules, one row per rule. */
class QuestionPickerTest {

    static final String CONTACT = """
            name: Priya Raman
            organisation: Solaris Grid
            role: %s
            industry: %s
            howFound: alumni-network
            channel: email
            email: priya@example.org
            status: %s
            %s
            """;

    static final String MET_DATES = "dates: {requestSent: 2026-01-05, meeting: 2026-01-14}";

    static List<ChosenQuestion> choose(Content content, String stage, String role, String industry, String status,
                                       String extraTop, String extraContact, List<String> warnings) {
        String dates = status.equals("met") || status.equals("scheduled") ? MET_DATES
                : status.equals("requested") ? "dates: {requestSent: 2026-01-05}" : "";
        Profile p = TestProfiles.withContact(stage, extraTop, CONTACT.formatted(role, industry, status,
                dates + "\n" + extraContact));
        PersonalSettings settings = PersonalSettings.resolve(Guidance.defaults(), p.settings(),
                p.student().linkedinAccount());
        return QuestionPicker.choose(content, p, p.contacts().get(0), settings, warnings);
    }

    static List<String> ids(List<ChosenQuestion> chosen) {
        return chosen.stream().map(c -> c.question().id()).toList();
    }

    /** A rule, the profile it is tried with, and the ids that must (or must not) be chosen. */
    record Row(String rule, Content content, String stage, String role, String industry, String status,
               String extraTop, String extraContact, List<String> chosen, List<String> notChosen) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                new Row("a dropped question is never chosen", bank(), "exploring", "Engineer", "energy", "identified",
                        "questions: {drop: [career-path-1]}\n", "", List.of(), List.of("career-path-1")),
                new Row("a contact's own drop applies to that contact", bank(), "exploring", "Engineer", "energy",
                        "identified", "", "questions: {drop: [advice-1]}", List.of(), List.of("advice-1")),
                new Row("a pinned question is chosen even when low in priority", bank(), "exploring", "Engineer",
                        "energy", "identified", "questions: {pin: [resources-3]}\n", "", List.of("resources-3"),
                        List.of()),
                new Row("questions for other stages are left out", bank(stages(q("for-job-seekers", "advice", 1),
                        Stage.JOB_SEARCH)), "exploring", "Engineer", "energy", "identified", "", "", List.of(),
                        List.of("for-job-seekers")),
                new Row("questions for the student's stage are chosen", bank(stages(q("for-explorers", "advice", 1),
                        Stage.EXPLORING)), "exploring", "Engineer", "energy", "identified", "", "",
                        List.of("for-explorers"), List.of()),
                new Row("industry questions only for that industry", bank(industries(q("for-health", "day-to-day", 3),
                        "healthcare")), "exploring", "Engineer", "energy", "identified", "", "", List.of(),
                        List.of("for-health")),
                new Row("an industry tag matches whatever the case and extra words", bank(industries(
                        q("for-public", "day-to-day", 3), "public sector")), "exploring", "Analyst",
                        "Public Sector (municipal)", "identified", "", "", List.of("for-public"), List.of()),
                new Row("role questions only for that role", bank(roles(q("for-engineers", "skills-qualifications", 3),
                        "engineer"), roles(q("for-nurses", "skills-qualifications", 3), "nurse")), "exploring",
                        "Grid Integration Engineer", "energy", "identified", "", "", List.of("for-engineers"),
                        List.of("for-nurses")),
                new Row("sensitive topics the settings leave out are not chosen", bank(sensitive(
                        q("salary", "compensation-sensitive", 1), Sensitivity.COMPENSATION)), "exploring", "Engineer",
                        "energy", "identified", "", "", List.of(), List.of("salary")),
                new Row("sensitive topics the settings allow are chosen", bank(sensitive(
                        q("hours", "compensation-sensitive", 2), Sensitivity.WORKLOAD)), "exploring", "Engineer",
                        "energy", "identified", "", "", List.of("hours"), List.of()),
                new Row("a profile can allow a sensitive topic", bank(sensitive(
                        q("salary", "compensation-sensitive", 1), Sensitivity.COMPENSATION)), "exploring", "Engineer",
                        "energy", "identified", "settings: {sensitiveQuestions: [compensation]}\n", "",
                        List.of("salary"), List.of()),
                new Row("resume questions follow the resume policy", bank(sensitive(
                        q("resume", "compensation-sensitive", 1), Sensitivity.RESUME)), "exploring", "Engineer",
                        "energy", "identified", "settings: {resume: offer-for-feedback}\n", "", List.of("resume"),
                        List.of()),
                new Row("a later conversation goes past the basics", bank(), "exploring", "Engineer", "energy", "met",
                        "", "", List.of("advice-1", "networking-1", "resources-1"), List.of("career-path-2")),
                new Row("a first conversation opens with their path", bank(), "exploring", "Engineer", "energy",
                        "identified", "", "", List.of("career-path-1", "career-path-2"), List.of()))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void followsEachRule(Row row) {
        List<ChosenQuestion> chosen = choose(row.content(), row.stage(), row.role(), row.industry(), row.status(),
                row.extraTop(), row.extraContact(), new ArrayList<>());
        List<String> ids = ids(chosen);
        for (String id : row.chosen()) {
            assertTrue(ids.contains(id), row.rule() + ": expected " + id + " in " + ids);
        }
        for (String id : row.notChosen()) {
            assertFalse(ids.contains(id), row.rule() + ": did not expect " + id + " in " + ids);
        }
        assertTrue(chosen.size() >= QuestionPicker.MIN && chosen.size() <= QuestionPicker.MAX, ids.toString());
    }

    @Test
    void choosesTenAtMostTwoPerCategoryWithTheClosingQuestionLast() {
        List<ChosenQuestion> chosen = choose(bank(), "exploring", "Engineer", "energy", "identified", "", "",
                new ArrayList<>());
        assertEquals(QuestionPicker.MAX, chosen.size());
        assertEquals("closing", chosen.get(chosen.size() - 1).question().category());
        chosen.stream().collect(java.util.stream.Collectors.groupingBy(c -> c.question().category(),
                java.util.stream.Collectors.counting())).forEach((category, n) ->
                assertTrue(n <= QuestionPicker.PER_CATEGORY, category + " has " + n));
    }

    @Test
    void putsPinnedQuestionsFirstAndTheSensitiveOneJustBeforeTheClose() {
        Content content = bank(sensitive(q("hours", "compensation-sensitive", 1), Sensitivity.WORKLOAD));
        List<ChosenQuestion> chosen = choose(content, "exploring", "Engineer", "energy", "identified",
                "questions: {pin: [resources-3]}\n", "", new ArrayList<>());
        List<String> ids = ids(chosen);
        assertEquals("resources-3", ids.get(0));
        assertEquals("hours", ids.get(ids.size() - 2));
        assertTrue(chosen.get(ids.size() - 2).explanation().endsWith("Ask it late, and only if the conversation "
                + "allows: it touches on workload and hours."), chosen.get(ids.size() - 2).explanation());
        assertTrue(chosen.get(0).pinned());
    }

    @Test
    void ordersTheRestByScoreHighestFirst() {
        List<ChosenQuestion> chosen = choose(bank(), "internship", "Engineer", "energy", "identified", "", "",
                new ArrayList<>());
        List<ChosenQuestion> main = chosen.subList(0, chosen.size() - 1);
        for (int i = 1; i < main.size(); i++) {
            assertTrue(main.get(i - 1).score() >= main.get(i).score(), ids(chosen).toString());
        }
        assertEquals("skills-qualifications-1", ids(chosen).get(0), "an intern's top need is skills");
    }

    @Test
    void explainsEachChoiceInWordsAStudentCanCheck() {
        Content content = bank(industries(q("for-energy", "industry-outlook", 3), "energy"));
        List<ChosenQuestion> chosen = choose(content, "exploring", "Engineer", "energy", "identified", "",
                "questions: {pin: [advice-2]}", new ArrayList<>());
        ChosenQuestion pinned = chosen.get(0);
        assertEquals("Chosen because you pinned it and the question bank rates it highly.", pinned.explanation());
        ChosenQuestion industry = chosen.stream().filter(c -> c.question().id().equals("for-energy")).findFirst()
                .orElseThrow();
        assertEquals("Chosen because it is a useful question and it is written for energy, Priya's industry.",
                industry.explanation());
        assertEquals("Question for-energy about Solaris Grid in energy?", industry.text());
    }

    @Test
    void saysSoWhenTooFewQuestionsFit() {
        List<String> warnings = new ArrayList<>();
        List<ChosenQuestion> chosen = choose(TestContent.content(List.of(q("a", "advice", 1), q("b", "closing", 1))),
                "exploring", "Engineer", "energy", "identified", "", "", warnings);
        assertEquals(List.of("a", "b"), ids(chosen));
        assertEquals(List.of("only 2 questions of the question bank suit Priya Raman; consider pinning more, "
                + "or dropping fewer"), warnings);
    }

    @Test
    void aContactsPinWinsOverADropForEveryone() {
        List<ChosenQuestion> chosen = choose(bank(), "exploring", "Engineer", "energy", "identified",
                "questions: {drop: [resources-3]}\n", "questions: {pin: [resources-3]}", new ArrayList<>());
        assertTrue(ids(chosen).contains("resources-3"));
    }
}
