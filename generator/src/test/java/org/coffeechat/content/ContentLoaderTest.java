package org.coffeechat.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.model.Channel;
import org.coffeechat.model.Content;
import org.coffeechat.model.EtiquetteItem;
import org.coffeechat.model.Firmness;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Objective;
import org.coffeechat.model.Page;
import org.coffeechat.model.Phase;
import org.coffeechat.model.Question;
import org.coffeechat.model.Section;
import org.coffeechat.model.Stage;
import org.coffeechat.model.TemplateKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path dir;

    private final Diagnostics problems = new Diagnostics();

    private Content loadMinimal() {
        return ContentLoader.load(new ContentFiles(Fixtures.site("minimal").resolve("content"), "content"),
                Guidance.defaults(), problems);
    }

    /** The minimal fixture's content copied into a temp folder, with {@code file} replaced by {@code text}. */
    private Content loadChanged(String file, String text) {
        Fixtures.copyTree(Fixtures.site("minimal").resolve("content"), dir);
        Fixtures.write(dir, file, text);
        return ContentLoader.load(new ContentFiles(dir, "content"), Guidance.defaults(), problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void loadsSectionsAndPagesInOrderWithTheirAddresses() {
        Content content = loadMinimal();

        assertThat(messages()).isEmpty();
        assertThat(content.sections()).extracting(Section::slug, Section::url, Section::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("start", "steps/start/index.html", "Getting started"),
                org.assertj.core.groups.Tuple.tuple("next", "steps/next/index.html", "Next"));
        assertThat(content.steps()).extracting(Page::url).containsExactly(
                "steps/start/first.html", "steps/start/second.html", "steps/next/third.html");
        assertThat(content.steps().get(0).phase()).contains(Phase.BEFORE);
        assertThat(content.steps().get(1).phase()).isEmpty();
    }

    @Test
    void keepsWhereEveryElementWasWritten() {
        Content content = loadMinimal();

        assertThat(content.steps().get(0).source()).isEqualTo(new SourceLocation("content/steps/01-start/first.md", 2, 1));
        assertThat(content.questions().get(0).source()).isEqualTo(new SourceLocation("content/questions/bank.yaml", 2, 5));
        assertThat(content.templates().get(0).bodySource())
                .isEqualTo(new SourceLocation("content/outreach.yaml", 8, 11));
        assertThat(content.etiquette()).extracting(EtiquetteItem::source).containsExactly(
                new SourceLocation("content/etiquette.yaml", 2, 5), new SourceLocation("content/etiquette.yaml", 8, 5));
    }

    @Test
    void readsEveryFieldOfAQuestion() {
        Question q = loadMinimal().questions().get(0);

        assertThat(q.id()).isEqualTo("how-did-you-start");
        assertThat(q.text()).isEqualTo("How did you get started in {industry}?");
        assertThat(q.category()).isEqualTo("career-path");
        assertThat(q.objective()).isEqualTo(Objective.INSIGHT);
        assertThat(q.priority()).isEqualTo(1);
        assertThat(q.stages()).containsExactly(Stage.EXPLORING);
    }

    @Test
    void readsOutreachTemplatesAndEtiquette() {
        Content content = loadMinimal();

        assertThat(content.templates()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TemplateKind.REQUEST);
            assertThat(t.channel()).isEqualTo(Channel.EMAIL);
            assertThat(t.subject()).contains("Question from a {student.school} student");
            assertThat(t.maxWords()).contains(100);
        });
        EtiquetteItem early = content.etiquette().get(0);
        assertThat(early.phase()).isEqualTo(Phase.BEFORE);
        assertThat(early.firmness()).isEqualTo(Firmness.MUST);
        assertThat(early.modes()).containsExactly(MeetingMode.IN_PERSON);
    }

    @Test
    void fillsGuidanceSettingsIntoPlainTextAndMarkdown() {
        Content content = ContentLoader.load(new ContentFiles(Fixtures.site("minimal").resolve("content"), "content"),
                new Guidance(45, 5, 9, 12, 6, "offer-for-feedback", "person", "offer-options", 200), problems);

        assertThat(content.etiquette().get(0).rule()).isEqualTo("Arrive 5 minutes early.");
        assertThat(content.etiquette().get(1).rule()).isEqualTo("Say thank you within 12 hours.");
        assertThat(content.steps().get(0).body().html().markup())
                .contains("Follow up after 9 days.")
                .contains("Offer your resume and ask for feedback.");
        assertThat(content.faq().get(0).answer().plainText()).startsWith("About 45 minutes.");
    }

    @Test
    void reportsAPageWithoutFrontMatter() {
        loadChanged("steps/01-start/second.md", "# Second\n\nNo front matter.\n");

        assertThat(messages()).containsExactly("content/steps/01-start/second.md:1:1: a page must start with front "
                + "matter: a line '---', then 'title:', 'order:' and 'summary:', then another '---'");
    }

    @Test
    void reportsFrontMatterThatIsNeverClosed() {
        loadChanged("steps/01-start/second.md", "---\ntitle: Second\norder: 2\nsummary: s\n\nBody.\n");

        assertThat(messages()).containsExactly(
                "content/steps/01-start/second.md:1:1: the front matter is not closed: add a line '---' after it");
    }

    @Test
    void reportsFrontMatterMistakesAtTheirLineInTheMarkdownFile() {
        loadChanged("steps/01-start/second.md", "---\ntitle: Second\nordr: 2\nsummary: s\n---\nBody.\n");

        assertThat(messages()).containsExactly(
                "content/steps/01-start/second.md:2:1: the front matter is missing the required key 'order'",
                "content/steps/01-start/second.md:3:1: unknown key 'ordr' in the front matter; did you mean 'order'?");
    }

    @Test
    void reportsASectionWithoutItsSectionFile() {
        loadChanged("steps/03-more/page.md", "---\ntitle: P\norder: 1\nsummary: s\n---\n");

        assertThat(messages()).containsExactly("content/steps/03-more/_section.md:1:1: the section is missing its "
                + "_section.md (title, order and summary of the section)");
    }

    @Test
    void refusesNestedSections() {
        loadChanged("steps/01-start/deeper/page.md", "---\ntitle: P\norder: 1\nsummary: s\n---\n");

        assertThat(messages()).containsExactly("content/steps/01-start/deeper:1:1: sections cannot be nested: move the "
                + "pages of 'deeper' into 01-start/ or into a section of their own");
    }

    @Test
    void suggestsTheNearestNameForAnUnknownTopLevelFile() {
        loadChanged("etiquete.yaml", "items: []\n");

        assertThat(messages()).containsExactly("content/etiquete.yaml:1:1: unknown content file or folder 'etiquete.yaml'; "
                + "did you mean 'etiquette.yaml'? (a content folder holds: home.md, steps, etiquette.yaml, faq.yaml, "
                + "questions, outreach.yaml, policies.yaml)");
    }

    @Test
    void reportsAMissingContentFolder() {
        ContentLoader.load(new ContentFiles(dir.resolve("nothing-here"), "nothing-here"), Guidance.defaults(), problems);

        assertThat(messages()).contains("nothing-here:1:1: the content folder does not exist");
    }

    @Test
    void reportsAnUnknownEnumValueWithItsLocationAndTheChoices() {
        loadChanged("etiquette.yaml", """
                items:
                  - id: be-early
                    phase: durng
                    rule: Be early.
                    why: Respect.
                    firmness: should
                """);

        assertThat(messages()).containsExactly("content/etiquette.yaml:3:12: unknown phase 'durng'; did you mean "
                + "'during'? (one of: before, during, after)");
    }

    @Test
    void reportsAnIdWithCharactersThatCannotBeAnAnchor() {
        loadChanged("faq.yaml", "questions:\n  - id: How Long\n    question: Q?\n    answer: A.\n");

        assertThat(messages()).containsExactly(
                "content/faq.yaml:2:9: an id uses lower-case letters, digits and dashes, found 'How Long'");
    }

    @Test
    void reportsEveryProblemOfTheFolderInOneRun() {
        Fixtures.copyTree(Fixtures.site("minimal").resolve("content"), dir);
        Fixtures.write(dir, "faq.yaml", "questions:\n  - id: a\n    question: Q?\n");
        Fixtures.write(dir, "questions/bank.yaml", "questions:\n  - id: b\n    text: T\n");
        ContentLoader.load(new ContentFiles(dir, "content"), Guidance.defaults(), problems);

        assertThat(messages()).hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(m -> m.startsWith("content/faq.yaml:"))
                .anyMatch(m -> m.startsWith("content/questions/bank.yaml:"));
        assertThat(Optional.of(problems.hasErrors())).contains(true);
    }
}
