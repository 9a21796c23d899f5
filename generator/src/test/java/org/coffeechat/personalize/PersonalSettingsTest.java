package org.coffeechat.personalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coffeechat.config.Guidance;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.model.profile.LinkedInAccount;
import org.coffeechat.model.profile.SettingsOverrides;
import org.junit.jupiter.api.Test;

class PersonalSettingsTest {

    static final Guidance CENTER = new Guidance(25, 5, 10, 48, 4, "bring-if-asked", "organisation", "contact-chooses",
            200, List.of(Sensitivity.COMPENSATION));

    @Test
    void takesTheCentersDefaultsWhenTheProfileChangesNothing() {
        PersonalSettings s = PersonalSettings.resolve(CENTER, SettingsOverrides.none(), LinkedInAccount.BASIC);
        assertEquals(10, s.followUpAfterDays());
        assertEquals(48, s.thankYouWithinHours());
        assertEquals(2, s.thankYouDays());
        assertEquals(4, s.checkInMonths());
        assertEquals(25, s.meetingMinutes());
        assertEquals("organisation", s.researchFirst());
        assertEquals("contact-chooses", s.meetingFormat());
        assertEquals(List.of(Sensitivity.COMPENSATION), s.sensitiveQuestions());
        assertEquals(Set.of(), s.fromProfile());
    }

    @Test
    void letsTheProfileOverrideWhatAStudentMayChoose() {
        SettingsOverrides mine = new SettingsOverrides(Optional.of(7), Optional.of(12), Optional.of(2), Optional.of(20),
                Optional.of("offer-for-feedback"), Optional.of("person"), Optional.of(List.of()));
        PersonalSettings s = PersonalSettings.resolve(CENTER, mine, LinkedInAccount.BASIC);
        assertEquals(7, s.followUpAfterDays());
        assertEquals(1, s.thankYouDays());
        assertEquals(2, s.checkInMonths());
        assertEquals(20, s.meetingMinutes());
        assertEquals("person", s.researchFirst());
        assertFalse(s.allows(Sensitivity.COMPENSATION));
        assertTrue(s.allows(Sensitivity.RESUME), "offering the resume for feedback allows resume questions");
        assertEquals(Set.of("followUpAfterDays", "thankYouWithinHours", "checkInMonths", "meetingMinutes", "resume",
                "researchFirst", "sensitiveQuestions"), s.fromProfile());
    }

    @Test
    void givesPremiumLinkedInAccountsTheLongerNoteLimit() {
        assertEquals(200, PersonalSettings.resolve(CENTER, SettingsOverrides.none(), LinkedInAccount.BASIC)
                .linkedinNoteLimit());
        assertEquals(300, PersonalSettings.resolve(CENTER, SettingsOverrides.none(), LinkedInAccount.PREMIUM)
                .linkedinNoteLimit());
        assertEquals(300, PersonalSettings.resolve(CENTER, SettingsOverrides.none(), LinkedInAccount.PREMIUM)
                .number("linkedinNoteLimit").orElseThrow());
    }
}
