package org.coffeechat.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.model.Heading;
import org.coffeechat.model.Link;
import org.coffeechat.model.MarkdownSource;
import org.coffeechat.model.RenderedMarkdown;
import org.junit.jupiter.api.Test;

class MarkdownCompilerTest {

    private static final String PAGE = "steps/prepare/research.html";
    private static final Map<String, String> PAGES = Map.of(
            "steps/02-prepare/research.md", PAGE,
            "steps/02-prepare/questions.md", "steps/prepare/questions.html",
            "steps/01-understand/what-it-is.md", "steps/understand/what-it-is.html");
    private static final Map<String, Map<String, MarkdownSource>> POLICIES = Map.of(
            "resume", Map.of(
                    "bring-if-asked", new MarkdownSource("Bring a copy; offer it **only if asked**.", SourceLocation.file("p")),
                    "offer-for-feedback", new MarkdownSource("Offer it and ask for feedback. See [FAQ](/faq/).",
                            SourceLocation.file("p"))));

    private final Diagnostics problems = new Diagnostics();
    private final MarkdownCompiler compiler = new MarkdownCompiler(Guidance.defaults(), POLICIES);

    private RenderedMarkdown compile(String markdown) {
        return compiler.compile(new MarkdownSource(markdown, new SourceLocation("content/steps/02-prepare/research.md", 6, 1)),
                Optional.of("steps/02-prepare/research.md"), PAGE, PAGES, problems);
    }

    private static String html(RenderedMarkdown r) {
        return r.html().markup();
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void rewritesALinkToAnotherMarkdownFileIntoARelativeSiteAddress() {
        RenderedMarkdown r = compile("Read [what it is](../01-understand/what-it-is.md) first.");

        assertThat(html(r)).contains("<a href=\"../../steps/understand/what-it-is.html\">what it is</a>");
        assertThat(r.links()).extracting(Link::targetUrl, Link::external)
                .containsExactly(tuple("steps/understand/what-it-is.html", false));
    }

    @Test
    void resolvesLinksFromTheContentRootAndToTheFixedPages() {
        RenderedMarkdown r = compile("[q](/steps/02-prepare/questions.md#good-ones) and [bank](/questions/#career)");

        assertThat(html(r)).contains("href=\"../../steps/prepare/questions.html#good-ones\"")
                .contains("href=\"../../questions/index.html#career\"");
        assertThat(r.links()).extracting(Link::targetUrl, Link::anchor).containsExactly(
                tuple("steps/prepare/questions.html", "good-ones"), tuple("questions/index.html", "career"));
    }

    @Test
    void keepsALinkToAnAnchorOnTheSamePageAsJustTheAnchor() {
        RenderedMarkdown r = compile("## Notes\n\nSee [below](#notes).");

        assertThat(html(r)).contains("<a href=\"#notes\">below</a>");
        assertThat(r.links()).extracting(Link::targetUrl, Link::anchor).containsExactly(tuple(PAGE, "notes"));
    }

    @Test
    void leavesExternalLinksAloneAndMarksThemExternal() {
        RenderedMarkdown r = compile("[site](https://example.org/a) and [mail](mailto:a@example.org)");

        assertThat(html(r)).contains("href=\"https://example.org/a\"").contains("href=\"mailto:a@example.org\"");
        assertThat(r.links()).extracting(Link::external).containsExactly(true, true);
    }

    @Test
    void recordsALinkToAMissingFileWithNoTargetAndItsSourceLine() {
        RenderedMarkdown r = compile("Intro.\n\nSee [nothing](missing.md).");

        assertThat(r.links()).singleElement().satisfies(link -> {
            assertThat(link.targetUrl()).isNull();
            assertThat(link.location()).isEqualTo(new SourceLocation("content/steps/02-prepare/research.md", 8, 5));
        });
    }

    @Test
    void givesHeadingsAnchorsAndKeepsThemInOrder() {
        RenderedMarkdown r = compile("## Know the person\n\ntext\n\n### Their *path*\n\n## Know the organisation\n");

        assertThat(r.headings()).extracting(Heading::level, Heading::id, Heading::text).containsExactly(
                tuple(2, "know-the-person", "Know the person"),
                tuple(3, "their-path", "Their path"),
                tuple(2, "know-the-organisation", "Know the organisation"));
        assertThat(html(r)).contains("<h2 id=\"know-the-person\">");
    }

    @Test
    void insertsTheValueOfANumericSetting() {
        RenderedMarkdown r = compile("Follow up after {{followUpAfterDays}} days and ask for {{ meetingMinutes }} minutes.");

        assertThat(r.plainText()).isEqualTo("Follow up after 14 days and ask for 30 minutes.");
    }

    @Test
    void insertsThePolicyTextForTheChosenValueAsMarkdown() {
        RenderedMarkdown r = compile("Before:\n\n{{policy:resume}}\n\nAfter.");

        assertThat(html(r)).contains("<p>Bring a copy; offer it <strong>only if asked</strong>.</p>")
                .doesNotContain("CCPOLICYTOKEN");
    }

    @Test
    void insertsAPolicyInsideASentenceWithoutBreakingTheParagraph() {
        RenderedMarkdown r = compile("About the resume: {{policy:resume}}");

        assertThat(html(r)).isEqualTo("<p>About the resume: Bring a copy; offer it <strong>only if asked</strong>.</p>\n");
    }

    @Test
    void rewritesLinksInsidePolicyTextForTheHostPage() {
        MarkdownCompiler other = new MarkdownCompiler(
                new Guidance(30, 10, 14, 24, 3, "offer-for-feedback", "person", "offer-options", 200), POLICIES);
        RenderedMarkdown r = other.compile(new MarkdownSource("{{policy:resume}}", SourceLocation.file("x.md")),
                Optional.empty(), PAGE, PAGES, problems);

        assertThat(html(r)).contains("href=\"../../faq/index.html\"");
        assertThat(r.links()).extracting(Link::targetUrl).containsExactly("faq/index.html");
    }

    @Test
    void reportsAnUnknownSettingWithASuggestionAtItsPlace() {
        compile("First line.\nFollow up after {{folowUpAfterDays}} days.");

        assertThat(messages()).containsExactly("content/steps/02-prepare/research.md:7:17: unknown setting "
                + "'folowUpAfterDays'; did you mean 'followUpAfterDays'? (one of: meetingMinutes, arriveMinutesEarly, "
                + "followUpAfterDays, thankYouWithinHours, checkInMonths, linkedinNoteLimit)");
    }

    @Test
    void reportsAChoiceUsedAsANumber() {
        compile("{{resume}}");

        assertThat(messages()).containsExactly("content/steps/02-prepare/research.md:6:1: 'resume' is a choice: write "
                + "{{policy:resume}} to insert the text for the chosen value");
    }

    @Test
    void reportsAnUnknownPolicy() {
        compile("{{policy:resumee}}");

        assertThat(messages()).containsExactly("content/steps/02-prepare/research.md:6:1: unknown policy 'resumee'; "
                + "did you mean 'resume'? (one of: meetingFormat, researchFirst, resume)");
    }

    @Test
    void escapesRawHtmlInMarkdown() {
        RenderedMarkdown r = compile("<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> there.");

        assertThat(html(r)).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void rendersTables() {
        RenderedMarkdown r = compile("| A | B |\n|---|---|\n| 1 | 2 |\n");

        assertThat(html(r)).contains("<table class=\"table\">").contains("<td>1</td>");
    }

    @Test
    void resolvesAndRewritesReferenceStyleLinksLikeInlineOnes() {
        RenderedMarkdown r = compile("See [the questions][q] and [again][q].\n\n[q]: questions.md#good-ones\n");

        assertThat(html(r)).contains("<a href=\"../../steps/prepare/questions.html#good-ones\">the questions</a>")
                .contains("<a href=\"../../steps/prepare/questions.html#good-ones\">again</a>");
        assertThat(r.links()).extracting(Link::targetUrl, Link::anchor)
                .containsExactly(tuple("steps/prepare/questions.html", "good-ones"));
    }

    @Test
    void pointsImagesWrittenFromTheSiteRootAtTheirRelativeAddress() {
        RenderedMarkdown r = compile("![A chart](/img/chart.png)");

        assertThat(html(r)).contains("<img src=\"../../img/chart.png\" alt=\"A chart\" />");
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesImagesFromOtherSites() {
        compile("Intro.\n\n![tracker](https://cdn.example.com/pixel.png)");

        assertThat(messages()).containsExactly("content/steps/02-prepare/research.md:8:1: image "
                + "'https://cdn.example.com/pixel.png' is not a file of the site: put it in the site's static/ folder "
                + "and write its path from there, such as /img/chart.png (the guide loads nothing from other sites)");
    }
}
