package org.coffeechat.personalize;

import java.time.LocalDate;
import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.model.profile.Profile;

/**
 * A student's whole plan, made for one "today".
 *
 * @param warnings problems worth telling the student (a draft over its limit), located in the profile
 */
public record PersonalPlan(Profile profile, PersonalSettings settings, LocalDate today, SelfIntroduction introduction,
                           List<ContactPlan> contacts, CampaignCounts counts, List<Diagnostic> warnings) {
    public PersonalPlan {
        contacts = List.copyOf(contacts);
        warnings = List.copyOf(warnings);
    }
}
