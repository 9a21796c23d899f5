package org.coffeechat.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.config.SiteConfigLoader;
import org.coffeechat.content.ContentFiles;
import org.coffeechat.content.ContentLoader;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.model.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidatorTest {

    @TempDir
    Path dir;

    private final Diagnostics problems = new Diagnostics();

    /** Loads the minimal content with some files replaced, then validates it. */
    private List<String> validate(SiteConfig config, String... filesAndTexts) {
        Fixtures.copyTree(Fixtures.site("minimal").resolve("content"), dir);
        for (int i = 0; i < filesAndTexts.length; i += 2) {
            Fixtures.write(dir, filesAndTexts[i], filesAndTexts[i + 1]);
        }
        Content content = ContentLoader.load(new ContentFiles(dir, "content"), config.guidance(), problems);
        assertThat(problems.hasErrors()).as(problems.sorted().toString()).isFalse();
        ContentValidator.validate(content, config, problems);
        return problems.sorted().stream().map(Object::toString).toList();
    }

    private List<String> validate(String... filesAndTexts) {
        return validate(SiteConfigLoader.defaults(), filesAndTexts);
    }

    @Test
    void theMinimalContentIsValid() {
        assertThat(validate()).isEmpty();
    }

    @Test
    void reportsTwoPagesOfASectionWithTheSameOrder() {
        assertThat(validate("steps/01-start/second.md", "---\ntitle: Second\norder: 1\nsummary: s\n---\n## Details\n"))
                .containsExactly("content/steps/01-start/second.md:2:1: order 1 is also used by "
                        + "content/steps/01-start/first.md; give each page of a section its own order");
    }

    @Test
    void reportsADuplicateIdAcrossFilesWithWhereItWasFirstUsed() {
        assertThat(validate("questions/more.yaml", """
                questions:
                  - id: how-did-you-start
                    text: Again?
                    category: career-path
                    objective: insight
                    why: Twice.
                    priority: 2
                """)).containsExactly("content/questions/more.yaml:2:5: duplicate question id 'how-did-you-start' "
                + "(first used at content/questions/bank.yaml:2:5)");
    }

    @Test
    void warnsAboutACategoryNoQuestionUses() {
        assertThat(validate("questions/categories.yaml", """
                categories:
                  - id: career-path
                    title: Career path
                    order: 1
                    description: How.
                  - id: empty
                    title: Empty
                    order: 2
                    description: None.
                """)).containsExactly("content/questions/categories.yaml:6:5: warning: category 'empty' has no questions");
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void warnsWhenATemplateIsLongerThanItsLimitWithTheExampleValues() {
        assertThat(validate("outreach.yaml", """
                templates:
                  - id: note
                    title: Note
                    kind: request
                    channel: linkedin-note
                    use: A connection note.
                    body: |
                      Hi {contact.firstName}, {student.introduction} {student.introduction}
                    maxChars: linkedinNoteLimit
                """)).containsExactly("content/outreach.yaml:7:11: warning: template 'note' is 315 characters with the "
                + "example values, over its limit of 200");
    }

    @Test
    void checksAnchorsOnTheFixedPages() {
        assertThat(validate("steps/02-next/third.md", """
                ---
                title: Third step
                order: 1
                summary: The end.
                ---
                See [after](/etiquette/#after), [the thanks](/etiquette/#say-thanks),
                [the category](/questions/#career-path), [the template](/outreach/#request-emial)
                and [the FAQ](/faq/#how-long).
                """)).containsExactly("content/steps/02-next/third.md:7:42: broken link '/outreach/#request-emial': "
                + "the page has no anchor '#request-emial'; did you mean 'request-email'?");
    }

    @Test
    void hintsHowToLinkToAGuidePageWrittenAsASiteAddress() {
        assertThat(validate("home.md", "---\ntitle: H\nsummary: S\n---\nSee [a step](/steps/start/first).\n"))
                .containsExactly("content/home.md:5:5: broken link '/steps/start/first': there is no such page (link to "
                        + "a guide page by its file, such as /steps/01-understand/what-it-is.md, or to /questions/, "
                        + "/etiquette/, /outreach/, /faq/)");
    }
}
