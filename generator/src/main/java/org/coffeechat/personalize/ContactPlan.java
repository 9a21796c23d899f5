package org.coffeechat.personalize;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coffeechat.model.profile.Contact;

/**
 * Everything prepared for one contact.
 *
 * @param introduction the self-introduction for this meeting
 * @param steps        the dated plan, in the order of the relationship
 */
public record ContactPlan(Contact contact, List<ChosenQuestion> questions, List<Draft> drafts,
                          List<ResearchItem> research, SelfIntroduction introduction, List<PlanStep> steps) {
    public ContactPlan {
        questions = List.copyOf(questions);
        drafts = List.copyOf(drafts);
        research = List.copyOf(research);
        steps = List.copyOf(steps);
    }

    /** The first open step: the earliest dated one (overdue first), else the first undated one. */
    public Optional<PlanStep> next() {
        Optional<PlanStep> dated = steps.stream().filter(s -> s.state().open() && s.date().isPresent())
                .min(Comparator.comparing(s -> s.date().get()));
        return dated.or(() -> steps.stream().filter(s -> s.state().open()).findFirst());
    }

    /** Steps still to do. */
    public List<PlanStep> open() {
        return steps.stream().filter(s -> s.state().open()).toList();
    }
}
