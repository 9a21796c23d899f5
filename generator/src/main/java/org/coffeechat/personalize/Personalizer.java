package org.coffeechat.personalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Content;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Profile;

/** Makes a student's plan from the content, their profile, the center's guidance and a date. */
public final class Personalizer {

    private Personalizer() {
    }

    /**
     * The plan as it stands on {@code today}. Contacts keep the profile's order.
     *
     * @param guidance the career center's settings, which the profile's {@code settings} override
     */
    public static PersonalPlan plan(Content content, Guidance guidance, Profile profile, LocalDate today) {
        PersonalSettings settings = PersonalSettings.resolve(guidance, profile.settings(),
                profile.student().linkedinAccount());
        Diagnostics warnings = new Diagnostics();
        List<ContactPlan> plans = new ArrayList<>();
        for (Contact c : profile.contacts()) {
            List<String> notes = new ArrayList<>();
            List<ChosenQuestion> questions = QuestionPicker.choose(content, profile, c, settings, notes);
            notes.forEach(n -> warnings.warning(c.source(), n));
            List<PlanStep> steps = Planner.plan(c, settings, today);
            List<Draft> drafts = Drafts.drafts(content, profile, c, settings, steps, today, warnings);
            plans.add(new ContactPlan(c, questions, drafts, Research.checklist(c, settings, questions),
                    SelfIntroduction.forContact(profile.student(), c), steps));
        }
        return new PersonalPlan(profile, settings, today, SelfIntroduction.of(profile.student()), plans,
                CampaignCounts.of(plans, today), warnings.sorted());
    }
}
