package org.coffeechat.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.model.Content;
import org.coffeechat.model.FaqEntry;
import org.coffeechat.model.HomePage;
import org.coffeechat.model.Html;
import org.coffeechat.model.Page;
import org.coffeechat.model.Phase;
import org.coffeechat.model.Question;
import org.coffeechat.model.RenderedMarkdown;
import org.coffeechat.model.Section;
import org.junit.jupiter.api.Test;

/** The change-to-rebuild mapping for content: which pages a change renders again. */
class RebuildPlanTest {

    private static final Content MINIMAL = GuideBuilder.load(BuildRequest.defaults()
            .withContent(Fixtures.site("minimal").resolve("content"))
            .withSite(Fixtures.site("minimal").resolve("site"))).content();

    /** The minimal content with page {@code index} of section {@code section} replaced. */
    private static Content withPage(int section, int index, Page page) {
        Section s = MINIMAL.sections().get(section);
        List<Page> pages = new ArrayList<>(s.pages());
        pages.set(index, page);
        pages.sort((a, b) -> a.order() != b.order() ? Integer.compare(a.order(), b.order()) : a.url().compareTo(b.url()));
        return withSection(section, new Section(s.slug(), s.url(), s.title(), s.order(), s.summary(), s.intro(), pages,
                s.source()));
    }

    private static Content withSection(int index, Section section) {
        List<Section> sections = new ArrayList<>(MINIMAL.sections());
        sections.set(index, section);
        Content c = MINIMAL;
        return new Content(c.home(), sections, c.categories(), c.questions(), c.templates(), c.etiquette(), c.faq());
    }

    private static Page second() {
        return MINIMAL.sections().get(0).pages().get(1);
    }

    @Test
    void nothingChangedRendersNothing() {
        assertThat(RebuildPlan.pages(MINIMAL, MINIMAL)).isEmpty();
        assertThat(RebuildPlan.pages(MINIMAL, withPage(0, 1, second()))).isEmpty();
    }

    @Test
    void newTextRendersOnlyThatPage() {
        Page p = second();
        Page edited = new Page(p.url(), p.title(), p.order(), p.summary(), p.phase(),
                new RenderedMarkdown(new Html("<p>New.</p>"), List.of(), List.of()), p.source());

        assertThat(RebuildPlan.pages(MINIMAL, withPage(0, 1, edited))).containsExactly("steps/start/second.html");
    }

    @Test
    void aNewPhaseRendersOnlyThatPage() {
        Page p = second();
        Page edited = new Page(p.url(), p.title(), p.order(), p.summary(), Optional.of(Phase.DURING), p.body(), p.source());

        assertThat(RebuildPlan.pages(MINIMAL, withPage(0, 1, edited))).containsExactly("steps/start/second.html");
    }

    @Test
    void aNewTitleRendersThePagesThatNameIt() {
        Page p = second();
        Page edited = new Page(p.url(), "Renamed", p.order(), p.summary(), p.phase(), p.body(), p.source());

        assertThat(RebuildPlan.pages(MINIMAL, withPage(0, 1, edited))).containsExactly("index.html",
                "steps/index.html", "steps/next/third.html", "steps/start/first.html", "steps/start/index.html",
                "steps/start/second.html");
    }

    @Test
    void aNewSummaryRendersThePagesThatShowIt() {
        Page p = second();
        Page edited = new Page(p.url(), p.title(), p.order(), "Another summary.", p.phase(), p.body(), p.source());

        assertThat(RebuildPlan.pages(MINIMAL, withPage(0, 1, edited))).contains("steps/start/index.html",
                "steps/index.html", "steps/start/first.html", "steps/next/third.html");
    }

    @Test
    void pagesInAnotherOrderRenderTheWholeGuideAndTheSitemap() {
        Page p = second();
        Page moved = new Page(p.url(), p.title(), 0, p.summary(), p.phase(), p.body(), p.source());

        assertThat(RebuildPlan.pages(MINIMAL, withPage(0, 1, moved))).containsExactly("index.html", "sitemap.xml",
                "steps/index.html", "steps/next/index.html", "steps/next/third.html", "steps/start/first.html",
                "steps/start/index.html", "steps/start/second.html");
    }

    @Test
    void aRemovedPageRendersTheWholeGuideAndTheSitemap() {
        Section s = MINIMAL.sections().get(0);
        Section shorter = new Section(s.slug(), s.url(), s.title(), s.order(), s.summary(), s.intro(),
                s.pages().subList(0, 1), s.source());

        assertThat(RebuildPlan.pages(MINIMAL, withSection(0, shorter))).containsExactly("index.html", "sitemap.xml",
                "steps/index.html", "steps/next/index.html", "steps/next/third.html", "steps/start/first.html",
                "steps/start/index.html");
    }

    @Test
    void theHomePageTextRendersOnlyTheHomePage() {
        Content c = MINIMAL;
        HomePage h = c.home();
        HomePage edited = new HomePage(h.title(), h.summary(), new RenderedMarkdown(new Html("<p>Hello.</p>"), List.of(),
                List.of()), h.source());

        assertThat(RebuildPlan.pages(MINIMAL, new Content(edited, c.sections(), c.categories(), c.questions(),
                c.templates(), c.etiquette(), c.faq()))).containsExactly("index.html");
    }

    @Test
    void aRenamedSectionRendersItsPagesAndItsNeighbours() {
        Section s = MINIMAL.sections().get(1);
        Section renamed = new Section(s.slug(), s.url(), "Renamed", s.order(), s.summary(), s.intro(), s.pages(), s.source());

        assertThat(RebuildPlan.pages(MINIMAL, withSection(1, renamed))).containsExactly("index.html",
                "steps/index.html", "steps/next/index.html", "steps/next/third.html", "steps/start/index.html");
    }

    @Test
    void aSectionIntroRendersOnlyTheSectionPage() {
        Section s = MINIMAL.sections().get(1);
        Section edited = new Section(s.slug(), s.url(), s.title(), s.order(), s.summary(),
                new RenderedMarkdown(new Html("<p>Intro.</p>"), List.of(), List.of()), s.pages(), s.source());

        assertThat(RebuildPlan.pages(MINIMAL, withSection(1, edited))).containsExactly("steps/next/index.html");
    }

    @Test
    void theQuestionBankRendersTheQuestionsPageAndTheHomePageThatCountsIt() {
        Content c = MINIMAL;
        List<Question> fewer = c.questions().subList(0, 0);
        Content changed = new Content(c.home(), c.sections(), c.categories(), fewer, c.templates(), c.etiquette(), c.faq());

        assertThat(RebuildPlan.pages(MINIMAL, changed)).containsExactly("index.html", "questions/index.html");
    }

    @Test
    void templatesAndEtiquetteRenderTheirPageAndTheHomePage() {
        Content c = MINIMAL;
        assertThat(RebuildPlan.pages(MINIMAL, new Content(c.home(), c.sections(), c.categories(), c.questions(), List.of(),
                c.etiquette(), c.faq()))).containsExactly("index.html", "outreach/index.html");
        assertThat(RebuildPlan.pages(MINIMAL, new Content(c.home(), c.sections(), c.categories(), c.questions(),
                c.templates(), List.of(), c.faq()))).containsExactly("etiquette/index.html", "index.html");
    }

    @Test
    void theFaqRendersOnlyItsPage() {
        Content c = MINIMAL;
        FaqEntry f = c.faq().get(0);
        List<FaqEntry> edited = List.of(new FaqEntry(f.id(), "Another question?", f.answer(), f.source()));

        assertThat(RebuildPlan.pages(MINIMAL, new Content(c.home(), c.sections(), c.categories(), c.questions(),
                c.templates(), c.etiquette(), edited))).containsExactly("faq/index.html");
    }
}
