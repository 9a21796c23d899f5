package org.coffeechat.personalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.personalize.ResearchItem.Topic;

/**
 * The research checklist for one contact: the person, then their organisation, then the
 * industry (the organisation comes first when the {@code researchFirst} setting says so), then
 * the preparation the chosen questions call for.
 */
public final class Research {

    private Research() {
    }

    public static List<ResearchItem> checklist(Contact c, PersonalSettings settings, List<ChosenQuestion> questions) {
        List<ResearchItem> person = new ArrayList<>();
        person.add(new ResearchItem(Topic.PERSON, c.linkedin().isPresent()
                ? "Read " + c.name() + "'s LinkedIn profile: how they reached their role as " + c.role()
                        + ", where they worked before, and what they studied."
                : "Find " + c.name() + "'s professional profile (LinkedIn, the " + c.organisation()
                        + " website or an alumni directory): how they reached their role as " + c.role() + ".",
                c.linkedin()));
        person.add(new ResearchItem(Topic.PERSON, "Search for articles, talks, posts or interviews by " + c.name()
                + ", and note one you could mention.", Optional.empty()));
        person.add(new ResearchItem(Topic.PERSON, "Pick one step of their path, or something you have in common, to "
                + "mention early in the conversation.", Optional.empty()));
        c.referredBy().ifPresent(r -> person.add(new ResearchItem(Topic.PERSON, "Remember what " + r + " told you about "
                + c.greetingName() + ", and mention " + r + " when you introduce yourself.", Optional.empty())));
        c.notes().ifPresent(n -> person.add(new ResearchItem(Topic.PERSON, "Re-read your notes: " + n, Optional.empty())));

        List<ResearchItem> organisation = List.of(
                new ResearchItem(Topic.ORGANISATION, "Read the website of " + c.organisation() + ": what it does, for "
                        + "whom, and what it says its mission is.", Optional.empty()),
                new ResearchItem(Topic.ORGANISATION, "Find news about " + c.organisation() + " from the last six months: "
                        + "projects, announcements, reports.", Optional.empty()),
                new ResearchItem(Topic.ORGANISATION, "Work out its size, where it operates, and where a " + c.role()
                        + " fits in it.", Optional.empty()));

        List<ResearchItem> industry = List.of(
                new ResearchItem(Topic.INDUSTRY, "Read one recent overview of where " + c.industry() + " is heading.",
                        Optional.empty()),
                new ResearchItem(Topic.INDUSTRY, "Find the main professional association, publication or event in "
                        + c.industry() + ".", Optional.empty()),
                new ResearchItem(Topic.INDUSTRY, "Learn the usual entry-level job titles in " + c.industry()
                        + ", so your questions can name them.", Optional.empty()));

        List<ResearchItem> out = new ArrayList<>();
        if (settings.researchFirst().equals("organisation")) {
            out.addAll(organisation);
            out.addAll(person);
        } else {
            out.addAll(person);
            out.addAll(organisation);
        }
        out.addAll(industry);
        for (ChosenQuestion q : questions) {
            q.question().prep().ifPresent(p -> out.add(new ResearchItem(Topic.QUESTIONS, "For \"" + q.text() + "\": " + p,
                    Optional.empty())));
        }
        return List.copyOf(out);
    }
}
