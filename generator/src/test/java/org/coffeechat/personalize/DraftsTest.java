package org.coffeechat.personalize;

import static org.coffeechat.model.Channel.EMAIL;
import static org.coffeechat.model.Channel.INTRODUCTION;
import static org.coffeechat.model.Channel.LETTER;
import static org.coffeechat.model.Channel.LINKEDIN_MESSAGE;
import static org.coffeechat.model.Channel.LINKEDIN_NOTE;
import static org.coffeechat.model.Channel.PHONE;
import static org.coffeechat.model.TemplateKind.CHECK_IN;
import static org.coffeechat.model.TemplateKind.CONFIRMATION;
import static org.coffeechat.model.TemplateKind.FOLLOW_UP;
import static org.coffeechat.model.TemplateKind.REFERRAL;
import static org.coffeechat.model.TemplateKind.REFERRER_UPDATE;
import static org.coffeechat.model.TemplateKind.REQUEST;
import static org.coffeechat.model.TemplateKind.THANK_YOU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Content;
import org.coffeechat.model.LengthLimit;
import org.coffeechat.model.OutreachTemplate;
import org.coffeechat.model.TemplateVariables;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.profile.TestProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DraftsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

    /** One template per kind and channel the built-in content has, with made-up bodies. */
    static final List<OutreachTemplate> TEMPLATES = List.of(
            t("request-email", REQUEST, EMAIL, 180), t("request-email-short", REQUEST, EMAIL, 100),
            t("request-linkedin-note", REQUEST, LINKEDIN_NOTE, 0), t("request-linkedin-message", REQUEST, LINKEDIN_MESSAGE, 130),
            t("request-phone", REQUEST, PHONE, 0), t("request-letter", REQUEST, LETTER, 220),
            t("introduction-request", REQUEST, INTRODUCTION, 150), t("referral-email", REFERRAL, EMAIL, 160),
            t("confirmation-email", CONFIRMATION, EMAIL, 90), t("follow-up-email", FOLLOW_UP, EMAIL, 110),
            t("follow-up-linkedin-message", FOLLOW_UP, LINKEDIN_MESSAGE, 70), t("thank-you-email", THANK_YOU, EMAIL, 120),
            t("thank-you-linkedin-message", THANK_YOU, LINKEDIN_MESSAGE, 60), t("check-in-email", CHECK_IN, EMAIL, 100),
            t("referrer-update", REFERRER_UPDATE, EMAIL, 90));

    static OutreachTemplate t(String id, org.coffeechat.model.TemplateKind kind, org.coffeechat.model.Channel channel,
                              int maxWords) {
        return TestContent.template(id, kind, channel, "Dear {contact.name}, from {student.name}.",
                maxWords == 0 ? Optional.empty() : Optional.of(maxWords), Optional.empty());
    }

    static Profile profile(String contact) {
        return TestProfiles.withContacts("exploring", """
                - name: Priya Raman
                  organisation: Solaris Grid
                  role: Engineer
                  industry: renewable energy
                  howFound: alumni-network
                  channel: email
                  email: priya@solarisgrid.example
                  status: thanked
                  dates: {requestSent: 2026-01-05, meeting: 2026-01-14, thankYouSent: 2026-01-15}
                """ + contact);
    }

    static List<Draft> drafts(Content content, Profile p, Diagnostics warnings) {
        Contact c = p.contacts().get(p.contacts().size() - 1);
        PersonalSettings s = PersonalSettings.resolve(Guidance.defaults(), p.settings(), p.student().linkedinAccount());
        return Drafts.drafts(content, p, c, s, Planner.plan(c, s, TODAY), TODAY, warnings);
    }

    static Stream<Arguments> channels() {
        return Stream.of(
                Arguments.of("an email request, then every later message by email", """
                        - name: Ann Lee
                          organisation: Org
                          role: Analyst
                          industry: energy
                          howFound: alumni-network
                          channel: email
                          email: ann@example.org
                          status: identified
                        """, List.of("request-email*", "request-email-short", "follow-up-email*", "confirmation-email*",
                        "thank-you-email*", "check-in-email*")),
                Arguments.of("a senior person or a stranger gets the short request first", """
                        - name: Ann Lee
                          organisation: Org
                          role: Director of Operations
                          industry: energy
                          howFound: linkedin
                          channel: email
                          email: ann@example.org
                          status: identified
                        """, List.of("request-email-short*", "request-email", "follow-up-email*", "confirmation-email*",
                        "thank-you-email*", "check-in-email*")),
                Arguments.of("a LinkedIn note, then LinkedIn messages where there is a template", """
                        - name: Ann Lee
                          organisation: Org
                          role: Analyst
                          industry: energy
                          howFound: linkedin
                          channel: linkedin-note
                          linkedin: https://www.linkedin.com/in/ann
                          status: identified
                        """, List.of("request-linkedin-note*", "follow-up-linkedin-message*", "confirmation-email*",
                        "thank-you-linkedin-message*", "check-in-email*")),
                Arguments.of("a referral by email names the referrer", """
                        - name: Ann Lee
                          organisation: Org
                          role: Analyst
                          industry: energy
                          howFound: referral
                          referredBy: Priya Raman
                          channel: email
                          email: ann@example.org
                          status: identified
                        """, List.of("referral-email*", "follow-up-email*", "confirmation-email*", "thank-you-email*",
                        "check-in-email*")),
                Arguments.of("an introduction goes to the person who introduces", """
                        - name: Ann Lee
                          organisation: Org
                          role: Analyst
                          industry: energy
                          howFound: referral
                          referredBy: Priya Raman
                          channel: introduction
                          status: identified
                        """, List.of("introduction-request*", "follow-up-email*", "confirmation-email*",
                        "thank-you-email*", "check-in-email*")),
                Arguments.of("a phone call, with the rest by email", """
                        - name: Ann Lee
                          organisation: Org
                          role: Analyst
                          industry: energy
                          howFound: professor
                          channel: phone
                          phone: "+1 416 555 0100"
                          status: identified
                        """, List.of("request-phone*", "follow-up-email*", "confirmation-email*", "thank-you-email*",
                        "check-in-email*")),
                Arguments.of("scheduled: only what is still ahead", """
                        - name: Ann Lee
                          organisation: Org
                          role: Analyst
                          industry: energy
                          howFound: event
                          channel: letter
                          address: 1 Main Street, Toronto
                          status: scheduled
                          dates: {requestSent: 2026-01-05, meeting: 2026-02-20}
                        """, List.of("confirmation-email*", "thank-you-email*", "check-in-email*")),
                Arguments.of("met a referral: thank them, and update the referrer", """
                        - name: Ann Lee
                          organisation: Org
                          role: Analyst
                          industry: energy
                          howFound: referral
                          referredBy: Priya Raman
                          channel: email
                          email: ann@example.org
                          status: met
                          dates: {requestSent: 2026-01-05, meeting: 2026-02-09}
                        """, List.of("thank-you-email*", "check-in-email*", "referrer-update*")),
                Arguments.of("closed: nothing more to send", """
                        - name: Ann Lee
                          organisation: Org
                          role: Analyst
                          industry: energy
                          howFound: event
                          channel: email
                          email: ann@example.org
                          status: closed
                        """, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void picksTheTemplateForTheChannelAndTheStage(String rule, String contact, List<String> expected) {
        List<Draft> drafts = drafts(TestContent.withTemplates(TEMPLATES), profile(contact), new Diagnostics());
        assertEquals(expected, drafts.stream().map(d -> d.id() + (d.recommended() ? "*" : "")).toList(), rule);
    }

    @Test
    void addressesAnIntroductionAndAReferrerUpdateToTheReferrer() {
        Profile p = profile("""
                - name: Ann Lee
                  organisation: Org
                  role: Analyst
                  industry: energy
                  howFound: referral
                  referredBy: Priya Raman
                  channel: email
                  email: ann@example.org
                  status: met
                  dates: {requestSent: 2026-01-05, meeting: 2026-02-09}
                """);
        Draft update = drafts(TestContent.withTemplates(TEMPLATES), p, new Diagnostics()).stream()
                .filter(d -> d.kind() == REFERRER_UPDATE).findFirst().orElseThrow();
        assertEquals("Priya Raman", update.recipient());
        assertEquals(Optional.of("priya@solarisgrid.example"), update.address());
        assertEquals("Dear Priya Raman, from Zoë Ñúñez.", update.body());
    }

    @Test
    void fillsEveryVariableTheContentMayUseFromAProfileThatHasEverything() {
        Profile p = profile("""
                - name: Дарья Иванова
                  firstName: Darya
                  organisation: Verdant Advisory
                  role: Sustainability Consultant
                  industry: renewable energy
                  howFound: referral
                  referredBy: Priya Raman
                  channel: email
                  email: darya@verdant.example
                  meetingMode: video
                  meetingTime: "10:30"
                  meetingPlace: on Microsoft Teams
                  status: met
                  dates: {requestSent: 2026-01-20, followedUp: 2026-01-30, meeting: 2026-02-09}
                  after:
                    learned: how consultancies scope a utility's decarbonisation plan
                    referrals: [{name: 王小明, mayUseName: true}]
                    update: I have joined the campus sustainability committee
                """);
        Contact c = p.contacts().get(1);
        PersonalSettings s = PersonalSettings.resolve(Guidance.defaults(), p.settings(), p.student().linkedinAccount());
        Map<String, String> values = Drafts.values(p.student(), c, c, s, Planner.plan(c, s, TODAY), TODAY);
        assertEquals(TemplateVariables.names(), values.keySet(), "every template variable has a value from the profile");
        values.forEach((name, value) -> assertFalse(value.startsWith("["), name + " was not filled: " + value));
        assertEquals("Monday 9 February", values.get("meeting.date"));
        assertEquals("10:30", values.get("meeting.time"));
        assertEquals("through Priya Raman", values.get("contact.howFound"));
        assertEquals("exploring careers in renewable energy", values.get("student.status"));
        assertEquals("a video call or a phone call", values.get("meeting.options"));
        assertEquals("王小明", values.get("referral.name"));
    }

    @Test
    void fillsEveryBuiltInTemplateWithoutLeavingAVariable() {
        Content builtIn = GuideBuilder.load(BuildRequest.defaults()).content();
        Profile p = TestProfiles.parse(TestProfiles.STUDENT.formatted("internship") + """
                contacts:
                  - name: Łukasz Nowak
                    organisation: Ministry of the Environment
                    role: Policy Analyst
                    industry: public sector
                    howFound: referral
                    referredBy: Priya Raman
                    channel: introduction
                    email: lukasz@example.org
                    status: identified
                """);
        Contact c = p.contacts().get(0);
        PersonalSettings s = PersonalSettings.resolve(Guidance.defaults(), p.settings(), p.student().linkedinAccount());
        Map<String, String> values = Drafts.values(p.student(), c, c, s, Planner.plan(c, s, TODAY), TODAY);
        for (OutreachTemplate t : builtIn.templates()) {
            String body = TemplateVariables.fill(t.body(), values);
            assertFalse(TemplateVariables.REFERENCE.matcher(body).find(), t.id() + " still has a {variable}: " + body);
        }
    }

    @Test
    void leavesAPromptWhereTheProfileHasNoValueYet() {
        Content content = TestContent.withTemplates(List.of(TestContent.template("confirmation-email", CONFIRMATION,
                EMAIL, "See you on {meeting.date} at {meeting.time}.", Optional.empty(), Optional.empty())));
        List<Draft> drafts = drafts(content, profile("""
                - name: Ann Lee
                  organisation: Org
                  role: Analyst
                  industry: energy
                  howFound: event
                  channel: email
                  email: ann@example.org
                  status: requested
                  dates: {requestSent: 2026-02-01}
                """), new Diagnostics());
        assertEquals("See you on [meeting date] at [time].", drafts.get(0).body());
        assertEquals(List.of("meeting date", "time"), drafts.get(0).prompts());
    }

    @Test
    void warnsWhenADraftIsOverItsChannelsLimitNamingContactChannelLimitAndLength() {
        Content content = TestContent.withTemplates(List.of(TestContent.template("request-linkedin-note", REQUEST,
                LINKEDIN_NOTE, "Hi {contact.firstName}, I am {student.name} from {student.school}, studying "
                        + "{student.programme}, and I am {student.status}. Could we talk about {contact.organisation}? "
                        + "It would mean a great deal to me. Thank you so much for considering it!",
                Optional.empty(), Optional.of(LengthLimit.setting("linkedinNoteLimit")))));
        Diagnostics warnings = new Diagnostics();
        List<Draft> drafts = drafts(content, profile("""
                - name: Łukasz Nowak
                  organisation: Ministry of the Environment, Conservation and Parks
                  role: Senior Policy Analyst
                  industry: public sector
                  howFound: linkedin
                  channel: linkedin-note
                  linkedin: https://www.linkedin.com/in/lukasz
                  status: identified
                """), warnings);
        Draft.LengthCheck length = drafts.get(0).length().orElseThrow();
        assertTrue(length.over());
        assertEquals(200, length.limit());
        List<Diagnostic> all = warnings.sorted();
        assertEquals(1, all.size());
        assertEquals("test.yaml:30:5: warning: contact 'Łukasz Nowak': the LinkedIn connection note draft "
                + "'Title of request-linkedin-note' is " + length.length() + " characters, over the linkedin-note limit "
                + "of 200 characters; shorten it before you send it", all.get(0).toString());
    }

    @Test
    void makesAMailtoLinkWithSubjectAndBodyEncoded() {
        assertEquals("mailto:ann@example.org?subject=Hi%20there%20%26%20more&body=Line%201%0D%0AZo%C3%AB%3F",
                Drafts.mailto("ann@example.org", Optional.of("Hi there & more"), "Line 1\nZoë?"));
        assertEquals("mailto:ann@example.org?body=x", Drafts.mailto("ann@example.org", Optional.empty(), "x"));
    }
}
