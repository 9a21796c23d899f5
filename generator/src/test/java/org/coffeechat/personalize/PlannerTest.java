package org.coffeechat.personalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.coffeechat.config.Guidance;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.profile.TestProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dated plan, for contacts at every stage, on a fixed "today". */
class PlannerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

    static List<String> plan(String status, String priority, String dates, String settings) {
        Profile p = TestProfiles.withContact("exploring", settings, """
                name: Priya Raman
                organisation: Solaris Grid
                role: Engineer
                industry: energy
                howFound: event
                channel: email
                email: priya@example.org
                meetingTime: "10:30"
                status: %s
                priority: %s
                %s
                """.formatted(status, priority, dates));
        PersonalSettings s = PersonalSettings.resolve(Guidance.defaults(), p.settings(), p.student().linkedinAccount());
        return Planner.plan(p.contacts().get(0), s, TODAY).stream()
                .map(step -> step.kind() + " " + step.date().map(LocalDate::toString).orElse("-") + " " + step.state())
                .toList();
    }

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("not contacted, high priority: request today", "identified", "high", "", "", List.of(
                        "SEND_REQUEST 2026-02-10 DUE", "FOLLOW_UP 2026-02-24 UPCOMING", "CONFIRM - UNSCHEDULED",
                        "MEET - UNSCHEDULED", "THANK - UNSCHEDULED", "CHECK_IN - UNSCHEDULED")),
                Arguments.of("not contacted, low priority: request later in the week", "identified", "low", "", "",
                        List.of("SEND_REQUEST 2026-02-15 UPCOMING", "FOLLOW_UP 2026-03-01 UPCOMING",
                                "CONFIRM - UNSCHEDULED", "MEET - UNSCHEDULED", "THANK - UNSCHEDULED",
                                "CHECK_IN - UNSCHEDULED")),
                Arguments.of("no reply after the configured days: follow-up overdue", "requested", "medium",
                        "dates: {requestSent: 2026-01-20}", "", List.of("SEND_REQUEST 2026-01-20 DONE",
                                "FOLLOW_UP 2026-02-03 OVERDUE", "CONFIRM - UNSCHEDULED", "MEET - UNSCHEDULED",
                                "THANK - UNSCHEDULED", "CHECK_IN - UNSCHEDULED")),
                Arguments.of("the profile's follow-up setting wins", "requested", "medium",
                        "dates: {requestSent: 2026-02-03}", "settings: {followUpAfterDays: 7}\n", List.of(
                                "SEND_REQUEST 2026-02-03 DONE", "FOLLOW_UP 2026-02-10 DUE", "CONFIRM - UNSCHEDULED",
                                "MEET - UNSCHEDULED", "THANK - UNSCHEDULED", "CHECK_IN - UNSCHEDULED")),
                Arguments.of("followed up: that step is done", "followed-up", "medium",
                        "dates: {requestSent: 2026-01-05, followedUp: 2026-01-19}", "", List.of(
                                "SEND_REQUEST 2026-01-05 DONE", "FOLLOW_UP 2026-01-19 DONE", "CONFIRM - UNSCHEDULED",
                                "MEET - UNSCHEDULED", "THANK - UNSCHEDULED", "CHECK_IN - UNSCHEDULED")),
                Arguments.of("scheduled: confirm the day before, thank the day after", "scheduled", "high",
                        "dates: {requestSent: 2026-01-20, meeting: 2026-02-17}", "", List.of(
                                "SEND_REQUEST 2026-01-20 DONE", "CONFIRM 2026-02-16 UPCOMING", "MEET 2026-02-17 UPCOMING",
                                "THANK 2026-02-18 UPCOMING", "CHECK_IN - UNSCHEDULED")),
                Arguments.of("a thank-you window of 48 hours gives two days", "scheduled", "high",
                        "dates: {requestSent: 2026-01-20, meeting: 2026-02-17}", "settings: {thankYouWithinHours: 48}\n",
                        List.of("SEND_REQUEST 2026-01-20 DONE", "CONFIRM 2026-02-16 UPCOMING",
                                "MEET 2026-02-17 UPCOMING", "THANK 2026-02-19 UPCOMING", "CHECK_IN - UNSCHEDULED")),
                Arguments.of("meeting day passed but still 'scheduled': overdue", "scheduled", "high",
                        "dates: {requestSent: 2026-01-20, meeting: 2026-02-05}", "", List.of(
                                "SEND_REQUEST 2026-01-20 DONE", "CONFIRM 2026-02-04 DONE", "MEET 2026-02-05 OVERDUE",
                                "THANK 2026-02-06 OVERDUE", "CHECK_IN - UNSCHEDULED")),
                Arguments.of("met, not thanked yet: thank-you is due", "met", "high",
                        "dates: {requestSent: 2026-01-20, meeting: 2026-02-09}", "", List.of(
                                "SEND_REQUEST 2026-01-20 DONE", "CONFIRM 2026-02-08 DONE", "MEET 2026-02-09 DONE",
                                "THANK 2026-02-10 DUE", "CHECK_IN 2026-05-09 UPCOMING", "CHECK_IN 2026-08-09 UPCOMING")),
                Arguments.of("thanked: check in every three months from the last contact", "thanked", "high",
                        "dates: {requestSent: 2026-01-05, meeting: 2026-01-14, thankYouSent: 2026-01-15}", "", List.of(
                                "SEND_REQUEST 2026-01-05 DONE", "CONFIRM 2026-01-13 DONE", "MEET 2026-01-14 DONE",
                                "THANK 2026-01-15 DONE", "CHECK_IN 2026-04-15 UPCOMING", "CHECK_IN 2026-07-15 UPCOMING")),
                Arguments.of("keeping in touch, check-in overdue", "keeping-in-touch", "low",
                        "dates: {requestSent: 2025-10-01, meeting: 2025-10-09, thankYouSent: 2025-10-09, "
                                + "lastContact: 2025-11-05}", "settings: {checkInMonths: 2}\n", List.of(
                                "SEND_REQUEST 2025-10-01 DONE", "CONFIRM 2025-10-08 DONE", "MEET 2025-10-09 DONE",
                                "THANK 2025-10-09 DONE", "CHECK_IN 2026-01-05 OVERDUE", "CHECK_IN 2026-03-05 UPCOMING")),
                Arguments.of("closed: history only, nothing new", "closed", "low",
                        "dates: {requestSent: 2025-11-03, followedUp: 2025-11-17}", "", List.of(
                                "SEND_REQUEST 2025-11-03 DONE", "FOLLOW_UP 2025-11-17 DONE")))
                ;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void plansEachStageFromTheProfilesDatesAndSettings(String rule, String status, String priority, String dates,
                                                        String settings, List<String> expected) {
        assertEquals(expected, plan(status, priority, dates, settings), rule);
    }

    @Test
    void theNextStepIsTheEarliestOpenOne() {
        Profile p = TestProfiles.withContact("exploring", "", """
                name: Priya Raman
                organisation: Solaris Grid
                role: Engineer
                industry: energy
                howFound: event
                channel: email
                email: priya@example.org
                status: scheduled
                dates: {requestSent: 2026-01-20, meeting: 2026-02-17}
                """);
        PersonalPlan plan = Personalizer.plan(TestContent.bank(), Guidance.defaults(), p, TODAY);
        PlanStep next = plan.contacts().get(0).next().orElseThrow();
        assertEquals(StepKind.CONFIRM, next.kind());
        assertEquals(LocalDate.of(2026, 2, 16), next.date().orElseThrow());
    }

    @Test
    void theMeetingStepCarriesTheAgreedTime() {
        Profile p = TestProfiles.withContact("exploring", "", """
                name: Priya Raman
                organisation: Solaris Grid
                role: Engineer
                industry: energy
                howFound: event
                channel: email
                email: priya@example.org
                meetingTime: "9:05"
                status: scheduled
                dates: {requestSent: 2026-01-20, meeting: 2026-02-17}
                """);
        PersonalSettings s = PersonalSettings.resolve(Guidance.defaults(), p.settings(), p.student().linkedinAccount());
        PlanStep meet = Planner.plan(p.contacts().get(0), s, TODAY).stream().filter(x -> x.kind() == StepKind.MEET)
                .findFirst().orElseThrow();
        assertEquals("09:05", meet.time().orElseThrow().toString());
    }
}
