package org.coffeechat.view.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.LoadedSite;
import org.coffeechat.model.EtiquetteItem;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.Personalizer;
import org.coffeechat.profile.TestProfiles;
import org.coffeechat.view.personal.ContactView.EtiquetteRule;
import org.coffeechat.view.personal.TimelineView.Lane;
import org.coffeechat.view.personal.TimelineView.Marker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PersonalGuideBuilderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    static LoadedSite site;

    @BeforeAll
    static void load() {
        site = GuideBuilder.load(BuildRequest.defaults());
    }

    static PersonalGuide guide(String contacts) {
        Profile p = TestProfiles.withContacts("exploring", contacts);
        PersonalPlan plan = Personalizer.plan(site.content(), site.config().guidance(), p, TODAY);
        return PersonalGuideBuilder.build(plan, site.content(), site.config());
    }

    static final String PHONE_CALL = """
            - name: Priya Raman
              organisation: Solaris Grid
              role: Engineer
              industry: renewable energy
              howFound: event
              channel: email
              email: priya@example.org
              meetingMode: phone
              status: scheduled
              dates: {requestSent: 2026-01-20, meeting: 2026-02-17}
            """;

    @Test
    void givesTheEtiquetteForTheMeetingsMode() {
        ContactView c = guide(PHONE_CALL).contacts().get(0);
        assertThat(c.mode()).isEqualTo("phone call");
        List<String> rules = c.etiquette().stream().flatMap(g -> g.rules().stream()).map(EtiquetteRule::rule).toList();
        for (EtiquetteItem item : site.content().etiquette()) {
            boolean applies = item.modes().isEmpty() || item.modes().contains(MeetingMode.PHONE);
            assertThat(rules.contains(item.rule())).as(item.id()).isEqualTo(applies);
        }
        assertThat(c.etiquette()).extracting(ContactView.EtiquetteGroup::title)
                .containsExactly("Before the meeting", "During the meeting", "After the meeting");
    }

    @Test
    void picksTheNextOutreachAndTheThankYouForThePacket() {
        PersonalGuide g = guide("""
                - name: Ann Lee
                  organisation: Org
                  role: Analyst
                  industry: energy
                  howFound: event
                  channel: email
                  email: ann@example.org
                  status: requested
                  dates: {requestSent: 2026-02-01}
                """);
        ContactView c = g.contacts().get(0);
        assertThat(c.outreach().orElseThrow().kind()).isEqualTo("follow-up");
        assertThat(c.thankYou().orElseThrow().kind()).isEqualTo("thank-you");
        assertThat(c.next().orElseThrow().title()).isEqualTo("Follow up if there is no reply");
        assertThat(c.next().orElseThrow().draft()).contains(c.outreach().get().anchor());
        assertThat(c.outreach().get().paragraphs()).first().asString().startsWith("Dear Ann Lee");
    }

    @Test
    void saysWhichSettingsCameFromTheProfile() {
        Profile p = TestProfiles.withContact("exploring", "settings: {followUpAfterDays: 7}\n", """
                name: Ann Lee
                organisation: Org
                role: Analyst
                industry: energy
                howFound: event
                channel: email
                email: ann@example.org
                status: identified
                """);
        PersonalPlan plan = Personalizer.plan(site.content(), site.config().guidance(), p, TODAY);
        PersonalGuide g = PersonalGuideBuilder.build(plan, site.content(), site.config());
        assertThat(g.settings()).filteredOn(s -> s.id().equals("followUpAfterDays")).singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).isEqualTo("7 days");
                    assertThat(s.source()).isEqualTo("your profile");
                });
        assertThat(g.settings()).filteredOn(s -> s.id().equals("checkInMonths")).singleElement()
                .satisfies(s -> assertThat(s.source()).isEqualTo("your career centre"));
    }

    @Test
    void laysOutTheTimelineWithTodayAndEveryDatedOpenStepInside() {
        PersonalGuide g = guide(PHONE_CALL + """
                - name: Nora O'Brien
                  organisation: St. Brigid's
                  role: Lead
                  industry: healthcare
                  howFound: professor
                  channel: email
                  email: nora@example.org
                  status: keeping-in-touch
                  dates: {requestSent: 2024-01-01, meeting: 2024-01-10, thankYouSent: 2024-01-10, lastContact: 2024-02-01}
                """);
        TimelineView t = g.timeline();
        assertThat(t.todayX()).isBetween(t.plotLeft(), t.plotRight());
        assertThat(t.lanes()).hasSize(2);
        for (Lane lane : t.lanes()) {
            for (Marker m : lane.markers()) {
                assertThat(m.x()).isBetween(t.plotLeft(), t.plotRight());
                assertThat(m.y()).isEqualTo(lane.y());
            }
        }
        Lane priya = t.lanes().get(0);
        assertThat(priya.markers()).extracting(Marker::kind).containsExactly("request", "confirm", "meet", "thank");
        assertThat(priya.markers().get(2).x()).isGreaterThan(t.todayX());
        Lane nora = t.lanes().get(1);
        assertThat(nora.markers()).filteredOn(m -> m.kind().equals("request")).singleElement()
                .satisfies(m -> assertThat(m.clipped()).isEqualTo("before"));
        assertThat(nora.markers()).filteredOn(m -> m.state().equals("overdue")).isNotEmpty();
        assertThat(t.stats()).extracting(TimelineView.Stat::id)
                .containsExactly("contacts", "contacted", "replied", "met", "referrals", "overdue");
        assertThat(t.ticks()).first().satisfies(k -> assertThat(k.label()).matches("[A-Z][a-z]{2} \\d{4}"));
    }

    @Test
    void marksLongNamesSoLayoutsCanSetThemSmaller() {
        PersonalGuide g = guide("""
                - name: Maria Fernanda de los Ángeles Gutiérrez Villanueva
                  organisation: Org
                  role: Analyst
                  industry: energy
                  howFound: event
                  channel: email
                  email: maria@example.org
                  status: identified
                """);
        assertThat(g.contacts().get(0).nameClass()).isEqualTo("name-long");
    }
}
