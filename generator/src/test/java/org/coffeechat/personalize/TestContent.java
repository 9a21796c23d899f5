package org.coffeechat.personalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.model.Category;
import org.coffeechat.model.Content;
import org.coffeechat.model.HomePage;
import org.coffeechat.model.Objective;
import org.coffeechat.model.Question;
import org.coffeechat.model.RenderedMarkdown;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.model.Stage;

/** A small question bank written in code, so personalization rules are tested against known questions. */
final class TestContent {

    static final List<String> CATEGORIES = List.of("career-path", "day-to-day", "skills-qualifications",
            "industry-outlook", "the-organisation", "advice", "resources", "networking", "compensation-sensitive",
            "closing");

    private TestContent() {
    }

    static Question q(String id, String category, int priority) {
        return new Question(id, "Question " + id + " about {company} in {industry}?", category, Objective.INFORMATION,
                "why", priority, Set.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                SourceLocation.file("bank.yaml"));
    }

    static Question stages(Question q, Stage... stages) {
        return new Question(q.id(), q.text(), q.category(), q.objective(), q.why(), q.priority(), Set.of(stages),
                q.industries(), q.roles(), q.sensitive(), q.prep(), q.tiara(), q.source());
    }

    static Question industries(Question q, String... industries) {
        return new Question(q.id(), q.text(), q.category(), q.objective(), q.why(), q.priority(), q.stages(),
                Arrays.asList(industries), q.roles(), q.sensitive(), q.prep(), q.tiara(), q.source());
    }

    static Question roles(Question q, String... roles) {
        return new Question(q.id(), q.text(), q.category(), q.objective(), q.why(), q.priority(), q.stages(),
                q.industries(), Arrays.asList(roles), q.sensitive(), q.prep(), q.tiara(), q.source());
    }

    static Question sensitive(Question q, Sensitivity s) {
        return new Question(q.id(), q.text(), q.category(), q.objective(), q.why(), q.priority(), q.stages(),
                q.industries(), q.roles(), Optional.of(s), q.prep(), q.tiara(), q.source());
    }

    static Question prep(Question q, String prep) {
        return new Question(q.id(), q.text(), q.category(), q.objective(), q.why(), q.priority(), q.stages(),
                q.industries(), q.roles(), q.sensitive(), Optional.of(prep), q.tiara(), q.source());
    }

    /** Three questions in each category (priorities 1, 2, 3), plus the given extra questions. */
    static Content bank(Question... extra) {
        List<Question> questions = new ArrayList<>();
        for (String c : CATEGORIES) {
            if (c.equals("compensation-sensitive")) {
                continue;
            }
            for (int p = 1; p <= 3; p++) {
                questions.add(q(c + "-" + p, c, p));
            }
        }
        questions.addAll(Arrays.asList(extra));
        return content(questions);
    }

    static org.coffeechat.model.OutreachTemplate template(String id, org.coffeechat.model.TemplateKind kind,
                                                          org.coffeechat.model.Channel channel, String body,
                                                          Optional<Integer> maxWords,
                                                          Optional<org.coffeechat.model.LengthLimit> maxChars) {
        return new org.coffeechat.model.OutreachTemplate(id, "Title of " + id, kind, channel, "use",
                channel == org.coffeechat.model.Channel.EMAIL ? Optional.of("Subject for {contact.name}") : Optional.empty(),
                body, maxWords, maxChars, SourceLocation.file("outreach.yaml"), SourceLocation.file("outreach.yaml"));
    }

    static Content withTemplates(List<org.coffeechat.model.OutreachTemplate> templates) {
        Content c = content(List.of());
        return new Content(c.home(), c.sections(), c.categories(), c.questions(), templates, c.etiquette(), c.faq());
    }

    static Content content(List<Question> questions) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.size(); i++) {
            categories.add(new Category(CATEGORIES.get(i), CATEGORIES.get(i), i + 1, "", SourceLocation.file("c.yaml")));
        }
        return new Content(new HomePage("", "", RenderedMarkdown.empty(), SourceLocation.file("home.md")), List.of(),
                categories, questions, List.of(), List.of(), List.of());
    }
}
