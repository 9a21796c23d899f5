package org.coffeechat.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coffeechat.config.PaperSize;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.model.Stage;
import org.coffeechat.model.TemplateKind;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Student;
import org.coffeechat.personalize.ContactPlan;
import org.coffeechat.personalize.Draft;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.Phrases;
import org.coffeechat.print.PacketView.AfterView;
import org.coffeechat.print.PacketView.ContactView;
import org.coffeechat.print.PacketView.DraftView;
import org.coffeechat.print.PacketView.ReferralView;
import org.coffeechat.print.PacketView.StepView;
import org.coffeechat.print.PacketView.StudentView;
import org.coffeechat.view.Labels;
import org.coffeechat.view.personal.PersonalGuide;
import org.coffeechat.view.personal.PersonalGuide.Count;
import org.coffeechat.view.personal.PersonalGuideBuilder;

/**
 * Makes the {@link PacketView} of a student's plan. Nothing is chosen or computed again here: the
 * drafts and dated steps are the plan's, put into words for print; each contact's research,
 * questions, etiquette (firmest first, for the meeting's mode), meeting and status are the
 * personal guide's views, shared as they are, so the packet and the guide never disagree.
 */
public final class PacketViews {


    private PacketViews() {
    }

    /**
     * @param guide the plan's personal guide, built once: the branding, the timeline and each
     *              contact's research, questions and meeting are taken from it as they are
     */
    public static PacketView of(SiteConfig config, PersonalPlan plan, PersonalGuide guide,
                                PaperSize paper) {
        Student s = plan.profile().student();
        StudentView student = new StudentView(s.name(), s.pronouns(), s.email(), s.school(), s.programme(), s.degree(),
                s.graduationYear(), status(s));
        List<Count> counts = guide.counts();
        List<ContactView> contacts = new ArrayList<>();
        for (int i = 0; i < plan.contacts().size(); i++) {
            contacts.add(contact(plan.contacts().get(i), guide.contacts().get(i)));
        }
        return new PacketView("Coffee chat packet: " + s.name(), config.locale(), paper.id(),
                paper.heightMm(), guide.brand(), student, PersonalGuideBuilder.longDate(plan.today()),
                plan.introduction().sentences(), plan.introduction().seconds(), counts, Optional.of(guide.timeline()),
                contacts);
    }

    private static ContactView contact(ContactPlan cp, org.coffeechat.view.personal.ContactView shown) {
        Contact c = cp.contact();
        List<ReferralView> referrals = c.after().referrals().stream()
                .map(r -> new ReferralView(r.name(), r.mayUseName(), r.note())).toList();
        AfterView after = new AfterView(c.after().learned().map(PacketViews::capitaliseSentence), referrals,
                c.after().nextSteps().stream().map(PacketViews::capitaliseSentence).toList(),
                c.dates().thankYouSent().map(PersonalGuideBuilder::longDate));
        List<StepView> steps = shown.steps().stream().map(PacketViews::step).toList();
        return new ContactView(c.id(), shown.name(), shown.nameClass(), c.organisation(), c.role(), c.industry(),
                shown.mode(), shown.status(), shown.priority().toLowerCase(Locale.ROOT), shown.meeting(),
                shown.howFound(), c.referredBy(), shown.research(), shown.introduction(), shown.introductionSeconds(),
                shown.questions(), shown.etiquette(), nextMessage(cp), thankYou(cp), after, steps);
    }

    /** The guide's step, its time (when agreed) after its date. */
    private static StepView step(org.coffeechat.view.personal.ContactView.StepView step) {
        return new StepView(step.title(), step.date() + step.time().map(t -> ", " + t).orElse(""), step.state(),
                step.detail());
    }

    /** The next message to send that is not the thank-you: the plan's drafts come in the order they are sent. */
    private static Optional<DraftView> nextMessage(ContactPlan cp) {
        List<Draft> ahead = cp.drafts().stream().filter(d -> d.kind() != TemplateKind.THANK_YOU).toList();
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        TemplateKind next = ahead.get(0).kind();
        return ahead.stream().filter(d -> d.kind() == next && d.recommended()).findFirst()
                .or(() -> Optional.of(ahead.get(0))).map(PacketViews::draft);
    }

    private static Optional<DraftView> thankYou(ContactPlan cp) {
        List<Draft> thanks = cp.drafts().stream().filter(d -> d.kind() == TemplateKind.THANK_YOU).toList();
        return thanks.stream().filter(Draft::recommended).findFirst().or(() -> thanks.stream().findFirst())
                .map(PacketViews::draft);
    }

    private static DraftView draft(Draft d) {
        List<String> paragraphs = List.of(d.body().strip().split("\\n\\s*\\n"));
        Optional<String> length = d.length().map(l -> l.length() + " of " + l.limit() + " " + l.unit());
        return new DraftView(d.title(), Labels.of(d.channel()), d.recipient(), d.subject(),
                paragraphs, length, d.length().map(Draft.LengthCheck::over).orElse(false));
    }

    /** Where the student is in their search: "Exploring careers in renewable energy". */
    private static String status(Student s) {
        String field = s.targetIndustries().isEmpty() ? "" : " in " + Phrases.list(s.targetIndustries(), "and");
        return Labels.of(s.status()) + (s.status() == Stage.CAREER_CHANGE && !field.isEmpty()
                ? " into" + field.substring(3) : field);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String capitaliseSentence(String s) {
        String c = capitalise(s.strip());
        return c.endsWith(".") || c.endsWith("!") || c.endsWith("?") ? c : c + ".";
    }
}
