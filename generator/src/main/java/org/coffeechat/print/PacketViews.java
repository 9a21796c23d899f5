package org.coffeechat.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.config.PaperSize;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.model.Stage;
import org.coffeechat.model.TemplateKind;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Student;
import org.coffeechat.personalize.ContactPlan;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.Phrases;
import org.coffeechat.print.PacketView.ContactView;
import org.coffeechat.print.PacketView.StepView;
import org.coffeechat.print.PacketView.StudentView;
import org.coffeechat.view.Labels;
import org.coffeechat.view.personal.ContactView.DraftView;
import org.coffeechat.view.personal.PersonalGuide;
import org.coffeechat.view.personal.PersonalGuide.Count;
import org.coffeechat.view.personal.PersonalGuideBuilder;
import org.coffeechat.yaml.YamlEnum;

/**
 * Makes the {@link PacketView} of a student's plan. Nothing is chosen or computed again here: each
 * contact's research, questions, etiquette (firmest first, for the meeting's mode), meeting,
 * status, drafts, steps and after-meeting notes are the personal guide's views, shared as they
 * are, so the packet and the guide never disagree; the packet only picks which drafts it prints.
 */
public final class PacketViews {

    private static final String THANK_YOU = YamlEnum.name(TemplateKind.THANK_YOU);

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
        if (!c.id().equals(shown.id())) {
            throw new IllegalArgumentException("the guide's contact " + shown.id() + " is not the plan's " + c.id());
        }
        List<StepView> steps = shown.steps().stream().map(PacketViews::step).toList();
        return new ContactView(c.id(), shown.name(), shown.nameClass(), c.organisation(), c.role(), c.industry(),
                shown.mode(), shown.status(), shown.priorityId(), shown.meeting(),
                shown.howFound(), c.referredBy(), shown.research(), shown.introduction(), shown.introductionSeconds(),
                shown.questions(), shown.etiquette(), nextMessage(shown.drafts()), thankYou(shown.drafts()),
                shown.after(), steps);
    }

    /** The guide's step, its time (when agreed) after its date. */
    private static StepView step(org.coffeechat.view.personal.ContactView.StepView step) {
        return new StepView(step.title(), step.date() + step.time().map(t -> ", " + t).orElse(""), step.state(),
                step.detail());
    }

    /**
     * The next message to send that is not the thank-you, the recommended draft of its kind: the
     * guide's drafts come in the order the plan sends them.
     */
    private static Optional<DraftView> nextMessage(List<DraftView> drafts) {
        List<DraftView> ahead = drafts.stream().filter(d -> !d.kind().equals(THANK_YOU)).toList();
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        String next = ahead.get(0).kind();
        return ahead.stream().filter(d -> d.kind().equals(next) && d.recommended()).findFirst()
                .or(() -> Optional.of(ahead.get(0)));
    }

    private static Optional<DraftView> thankYou(List<DraftView> drafts) {
        List<DraftView> thanks = drafts.stream().filter(d -> d.kind().equals(THANK_YOU)).toList();
        return thanks.stream().filter(DraftView::recommended).findFirst().or(() -> thanks.stream().findFirst());
    }

    /** Where the student is in their search: "Exploring careers in renewable energy". */
    private static String status(Student s) {
        String field = s.targetIndustries().isEmpty() ? "" : " in " + Phrases.list(s.targetIndustries(), "and");
        return Labels.of(s.status()) + (s.status() == Stage.CAREER_CHANGE && !field.isEmpty()
                ? " into" + field.substring(3) : field);
    }
}
