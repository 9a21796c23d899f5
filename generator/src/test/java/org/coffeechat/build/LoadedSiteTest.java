package org.coffeechat.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coffeechat.config.Guidance;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.model.EtiquetteItem;
import org.junit.jupiter.api.Test;

class LoadedSiteTest {

    private final LoadedSite site = GuideBuilder.load(BuildRequest.defaults().withSite(Fixtures.repoRoot().resolve("site")));

    private static Guidance thankWithin(Guidance g, int hours) {
        return new Guidance(g.meetingMinutes(), g.arriveMinutesEarly(), g.followUpAfterDays(), hours, g.checkInMonths(),
                g.resume(), g.researchFirst(), g.meetingFormat(), g.linkedinNoteLimit(), g.sensitiveQuestions());
    }

    @Test
    void theSitesOwnGuidanceIsTheSiteItself() {
        assertThat(site.withGuidance(site.config().guidance())).isSameAs(site);
    }

    @Test
    void otherGuidanceRereadsTheEtiquetteWithItsValuesOnceAndSharesTheRest() {
        Guidance mine = thankWithin(site.config().guidance(), 48);

        LoadedSite first = site.withGuidance(mine);

        assertThat(first.content().etiquette()).extracting(EtiquetteItem::rule)
                .anyMatch(rule -> rule.contains("within 48 hours"))
                .noneMatch(rule -> rule.contains("within 24 hours"));
        assertThat(site.content().etiquette()).extracting(EtiquetteItem::rule)
                .anyMatch(rule -> rule.contains("within 24 hours"));
        assertThat(first.content().questions()).isSameAs(site.content().questions());
        assertThat(first.templates()).isSameAs(site.templates());
        assertThat(site.withGuidance(thankWithin(site.config().guidance(), 48))).isSameAs(first);
    }

    @Test
    void aSiteReadWithOtherGuidanceGivesTheSiteBackForTheSitesOwnGuidance() {
        LoadedSite derived = site.withGuidance(thankWithin(site.config().guidance(), 48));

        assertThat(derived.withGuidance(site.config().guidance())).isSameAs(site);
        assertThat(derived.withGuidance(site.config().guidance()).content().etiquette()).extracting(EtiquetteItem::rule)
                .anyMatch(rule -> rule.contains("within 24 hours"))
                .noneMatch(rule -> rule.contains("within 48 hours"));
    }

    @Test
    void sitesReadWithOtherGuidanceShareTheOneSitesReadings() {
        LoadedSite derived = site.withGuidance(thankWithin(site.config().guidance(), 48));

        LoadedSite fromDerived = derived.withGuidance(thankWithin(site.config().guidance(), 72));

        assertThat(fromDerived).isSameAs(site.withGuidance(thankWithin(site.config().guidance(), 72)));
        assertThat(fromDerived.content().etiquette()).extracting(EtiquetteItem::rule)
                .anyMatch(rule -> rule.contains("within 72 hours"));
        assertThat(derived.withGuidance(thankWithin(site.config().guidance(), 48))).isSameAs(derived);
    }

    @Test
    void keepsOnlyTheFirstGuidancesItReadAndReadsFurtherOnesAfreshEachTime() {
        Guidance own = site.config().guidance();
        List<LoadedSite> kept = new ArrayList<>();
        for (int i = 0; i < LoadedSite.GUIDANCES_KEPT; i++) {
            kept.add(site.withGuidance(thankWithin(own, 100 + i)));
        }

        Guidance beyond = thankWithin(own, 100 + LoadedSite.GUIDANCES_KEPT);
        LoadedSite once = site.withGuidance(beyond);
        LoadedSite again = site.withGuidance(beyond);

        assertThat(again).isNotSameAs(once);
        assertThat(again.content().etiquette()).isEqualTo(once.content().etiquette());
        assertThat(once.content().etiquette()).extracting(EtiquetteItem::rule)
                .anyMatch(rule -> rule.contains("within " + (100 + LoadedSite.GUIDANCES_KEPT) + " hours"));
        assertThat(once.withGuidance(own)).isSameAs(site);
        for (int i = 0; i < LoadedSite.GUIDANCES_KEPT; i++) {
            assertThat(site.withGuidance(thankWithin(own, 100 + i))).isSameAs(kept.get(i));
        }
    }
}
