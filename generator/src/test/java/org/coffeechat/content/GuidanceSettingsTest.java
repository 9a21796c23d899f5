package org.coffeechat.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the source guides disagree, the built guide follows the career center's settings: changing
 * a setting in site.yaml changes the advice, and the reason given with it, wherever it appears.
 */
class GuidanceSettingsTest {

    private static BuiltGuide defaults;

    @BeforeAll
    static void buildWithDefaults(@TempDir Path dir) {
        defaults = BuiltGuide.withGuidance(dir, Map.of());
    }

    @Test
    void meetingLengthFollowsTheSetting(@TempDir Path dir) {
        BuiltGuide twenty = BuiltGuide.withGuidance(dir, Map.of("meetingMinutes", 20));
        String page = "steps/reach-out/the-request.html";
        assertTrue(defaults.text(page).contains("This guide suggests 30."), defaults.text(page));
        assertTrue(defaults.text(page).contains("hard to fit into 20 minutes"));
        assertTrue(twenty.text(page).contains("This guide suggests 20."), twenty.text(page));
        assertTrue(twenty.text(page).contains("A small, specific request is easy to accept"));
        assertFalse(twenty.text(page).contains("hard to fit into 20 minutes"));
        assertTrue(twenty.text("etiquette/index.html").contains("Keep to the 20 minutes you asked for"));
        assertTrue(twenty.text("faq/index.html").contains("Ask for about 20 minutes"));
    }

    @Test
    void arrivalFollowsTheSettingOnThePageAndInTheChecklist(@TempDir Path dir) {
        BuiltGuide onTime = BuiltGuide.withGuidance(dir, Map.of("arriveMinutesEarly", 0));
        String page = "steps/the-meeting/etiquette-in-practice.html";
        assertTrue(defaults.text(page).contains("This guide suggests 10 minutes early."), defaults.text(page));
        assertTrue(onTime.text(page).contains("This guide says on time"), onTime.text(page));
        assertTrue(defaults.page("etiquette/index.html").getElementById("arrive-with-time-to-spare") != null);
        assertTrue(defaults.page("etiquette/index.html").getElementById("arrive-on-time") == null);
        assertTrue(onTime.page("etiquette/index.html").getElementById("arrive-on-time") != null);
        assertTrue(onTime.page("etiquette/index.html").getElementById("arrive-with-time-to-spare") == null);
        assertFalse(onTime.text("etiquette/index.html").matches("(?s).*\\b0 minutes.*"), "no \"0 minutes early\"");
    }

    @Test
    void followUpTimingFollowsTheSetting(@TempDir Path dir) {
        BuiltGuide oneWeek = BuiltGuide.withGuidance(dir, Map.of("followUpAfterDays", 7));
        String page = "steps/follow-up/follow-ups-and-referrals.html";
        assertTrue(defaults.text(page).contains("This guide suggests 14 days."), defaults.text(page));
        assertTrue(oneWeek.text(page).contains("This guide suggests 7 days."), oneWeek.text(page));
        assertTrue(oneWeek.text(page).contains("A prompt follow-up"));
        assertFalse(oneWeek.text(page).contains("14 days"));
        assertTrue(oneWeek.text("steps/reach-out/the-request.html").contains("waiting 7 days"));
        assertTrue(oneWeek.text("faq/index.html").contains("Wait 7 days"));
        assertTrue(oneWeek.text("etiquette/index.html").contains("follow up once after 7 days"));
    }

    @Test
    void thankYouTimingFollowsTheSetting(@TempDir Path dir) {
        BuiltGuide twoDays = BuiltGuide.withGuidance(dir, Map.of("thankYouWithinHours", 48));
        String page = "steps/follow-up/thank-you.html";
        assertTrue(defaults.text(page).contains("within 24 hours"), defaults.text(page));
        assertTrue(twoDays.text(page).contains("within 48 hours"), twoDays.text(page));
        assertTrue(twoDays.text(page).contains("time to reflect"));
        assertFalse(twoDays.text(page).contains("24 hours"));
    }

    @Test
    void checkInRhythmFollowsTheSetting(@TempDir Path dir) {
        BuiltGuide twice = BuiltGuide.withGuidance(dir, Map.of("checkInMonths", 6));
        String page = "steps/follow-up/keep-in-touch.html";
        assertTrue(defaults.text(page).contains("every 3 months"), defaults.text(page));
        assertTrue(twice.text(page).contains("every 6 months"), twice.text(page));
        assertFalse(twice.text(page).contains("every 3 months"));
    }

    @Test
    void resumeAdviceFollowsTheSetting(@TempDir Path dir) {
        BuiltGuide feedback = BuiltGuide.withGuidance(dir, Map.of("resume", "offer-for-feedback"));
        String page = "steps/prepare/resume.html";
        assertTrue(defaults.text(page).contains("keep them there unless your contact asks for one"), defaults.text(page));
        assertTrue(feedback.text(page).contains("ask whether they would be willing to glance at it"), feedback.text(page));
        assertFalse(feedback.text(page).contains("keep them there unless your contact asks for one"));
        assertNotEquals(defaults.text("faq/index.html"), feedback.text("faq/index.html"));
    }

    @Test
    void researchOrderFollowsTheSetting(@TempDir Path dir) {
        BuiltGuide organisation = BuiltGuide.withGuidance(dir, Map.of("researchFirst", "organisation"));
        String page = "steps/prepare/research.html";
        assertTrue(defaults.text(page).contains("Start with the person you are meeting"), defaults.text(page));
        assertTrue(organisation.text(page).contains("Start with the organisation your contact works for"));
        assertFalse(organisation.text(page).contains("Start with the person you are meeting"));
    }

    @Test
    void whoProposesTheFormatFollowsTheSetting(@TempDir Path dir) {
        BuiltGuide theirChoice = BuiltGuide.withGuidance(dir, Map.of("meetingFormat", "contact-chooses"));
        String page = "steps/reach-out/the-request.html";
        assertTrue(defaults.text(page).contains("Offer two or three options"), defaults.text(page));
        assertTrue(theirChoice.text(page).contains("Let the contact choose."), theirChoice.text(page));
        assertFalse(theirChoice.text(page).contains("Offer two or three options"));
    }

    @Test
    void theLinkedInNoteLimitFollowsTheAccountSetting(@TempDir Path dir) {
        BuiltGuide premium = BuiltGuide.withGuidance(dir, Map.of("linkedinNoteLimit", 300));
        assertTrue(defaults.text("outreach/index.html").contains("at most 200 characters"));
        assertTrue(premium.text("outreach/index.html").contains("at most 300 characters"));
        assertTrue(premium.text("steps/reach-out/channels.html").contains("300 characters"));
    }
}
