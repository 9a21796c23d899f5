package org.coffeechat.personalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coffeechat.config.Guidance;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.personalize.ResearchItem.Topic;
import org.coffeechat.profile.TestProfiles;
import org.junit.jupiter.api.Test;

class IntroductionAndResearchTest {

    static final String CONTACT = """
            name: Priya Raman
            organisation: Solaris Grid
            role: Grid Integration Engineer
            industry: renewable energy
            howFound: referral
            referredBy: Amal Haddad
            channel: email
            email: priya@example.org
            linkedin: https://www.linkedin.com/in/priya
            status: identified
            """;

    @Test
    void introducesTheStudentFromTheProfile() {
        Profile p = TestProfiles.withContact("exploring", "", CONTACT);
        SelfIntroduction intro = SelfIntroduction.forContact(p.student(), p.contacts().get(0));
        assertEquals("Hello, I'm Zoë Ñúñez (she/her). I'm studying Environmental Science at Lakeshore College (BSc, "
                + "graduating in 2027). I am in my third year. Outside class, I lead the campus energy-audit club. "
                + "I'm especially interested in renewable energy, and at the moment I'm exploring careers in renewable "
                + "energy. That is why I was keen to hear about your work as Grid Integration Engineer at Solaris Grid.",
                intro.text());
        assertEquals(intro.words() * 60 / SelfIntroduction.WORDS_PER_MINUTE, intro.seconds(), 1);
    }

    @Test
    void startsTheResearchWithThePersonThenTheOrganisationThenTheIndustry() {
        Profile p = TestProfiles.withContact("exploring", "", CONTACT);
        PersonalSettings s = PersonalSettings.resolve(Guidance.defaults(), p.settings(), p.student().linkedinAccount());
        List<ResearchItem> items = Research.checklist(p.contacts().get(0), s, List.of());
        assertEquals(List.of(Topic.PERSON, Topic.PERSON, Topic.PERSON, Topic.PERSON, Topic.ORGANISATION,
                Topic.ORGANISATION, Topic.ORGANISATION, Topic.INDUSTRY, Topic.INDUSTRY, Topic.INDUSTRY),
                items.stream().map(ResearchItem::topic).toList());
        assertEquals("https://www.linkedin.com/in/priya", items.get(0).link().orElseThrow());
        assertTrue(items.get(3).text().contains("Amal Haddad"), items.get(3).text());
    }

    @Test
    void startsWithTheOrganisationWhenTheSettingSaysSo() {
        Profile p = TestProfiles.withContact("exploring", "settings: {researchFirst: organisation}\n", CONTACT);
        PersonalSettings s = PersonalSettings.resolve(Guidance.defaults(), p.settings(), p.student().linkedinAccount());
        List<ResearchItem> items = Research.checklist(p.contacts().get(0), s, List.of());
        assertEquals(Topic.ORGANISATION, items.get(0).topic());
        assertEquals(Topic.PERSON, items.get(3).topic());
        assertEquals(Topic.INDUSTRY, items.get(items.size() - 1).topic());
    }

    @Test
    void addsThePreparationTheChosenQuestionsAskFor() {
        Profile p = TestProfiles.withContact("exploring", "", CONTACT);
        PersonalSettings s = PersonalSettings.resolve(Guidance.defaults(), p.settings(), p.student().linkedinAccount());
        ChosenQuestion q = new ChosenQuestion(TestContent.prep(TestContent.q("path", "career-path", 1),
                "Read their profile first."), "How did you get here?", List.of("x"), "", false, 50);
        List<ResearchItem> items = Research.checklist(p.contacts().get(0), s, List.of(q));
        ResearchItem last = items.get(items.size() - 1);
        assertEquals(Topic.QUESTIONS, last.topic());
        assertEquals("For \"How did you get here?\": Read their profile first.", last.text());
    }
}
