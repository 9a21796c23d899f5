package org.coffeechat.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.config.SiteConfigLoader;
import org.coffeechat.content.ContentFiles;
import org.coffeechat.content.ContentLoader;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.model.Content;
import org.coffeechat.view.Views.LinkView;
import org.coffeechat.view.Views.QuestionsView;
import org.coffeechat.view.Views.Segment;
import org.coffeechat.view.Views.SitemapEntry;
import org.coffeechat.view.Views.SitemapView;
import org.coffeechat.view.Views.StepView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ViewBuilderTest {

    private static Content content;
    private static SiteConfig config;

    @BeforeAll
    static void loadTheMinimalSite() {
        Diagnostics problems = new Diagnostics();
        config = SiteConfigLoader.load(Optional.of(Fixtures.site("minimal").resolve("site")), p -> p.toString(), problems);
        content = ContentLoader.load(new ContentFiles(Fixtures.site("minimal").resolve("content"), "content"),
                config.guidance(), problems);
        assertThat(problems.sorted()).isEmpty();
    }

    private static List<PageToRender> pages(SiteConfig siteConfig) {
        return ViewBuilder.pages(content, siteConfig);
    }

    private static PageToRender page(String url) {
        return pages(config).stream().filter(p -> p.url().equals(url)).findFirst().orElseThrow();
    }

    @Test
    void buildsEveryPageOnceInAFixedOrder() {
        assertThat(pages(config)).extracting(PageToRender::url, PageToRender::kind).containsExactly(
                tuple("index.html", PageKind.HOME),
                tuple("steps/index.html", PageKind.STEPS),
                tuple("steps/start/index.html", PageKind.SECTION),
                tuple("steps/next/index.html", PageKind.SECTION),
                tuple("steps/start/first.html", PageKind.STEP),
                tuple("steps/start/second.html", PageKind.STEP),
                tuple("steps/next/third.html", PageKind.STEP),
                tuple("etiquette/index.html", PageKind.ETIQUETTE),
                tuple("questions/index.html", PageKind.QUESTIONS),
                tuple("outreach/index.html", PageKind.OUTREACH),
                tuple("faq/index.html", PageKind.FAQ),
                tuple("404.html", PageKind.NOT_FOUND),
                tuple("sitemap.xml", PageKind.SITEMAP));
    }

    @Test
    void buildsTheSameViewsEveryTime() {
        assertThat(pages(config)).isEqualTo(pages(config));
    }

    @Test
    void numbersStepsAcrossSectionsAndLinksEachToItsNeighbours() {
        StepView third = (StepView) page("steps/next/third.html").view();

        assertThat(third.position()).isEqualTo(3);
        assertThat(third.total()).isEqualTo(3);
        assertThat(third.previous()).map(LinkView::title).contains("Second step");
        assertThat(third.next()).isEmpty();
        assertThat(third.section().title()).isEqualTo("Next");
        assertThat(third.phase()).contains("After the meeting");
    }

    @Test
    void linksInViewsAreRelativeToThePageTheyAreOn() {
        PageToRender first = page("steps/start/first.html");

        assertThat(first.site().root()).isEqualTo("../../");
        assertThat(first.site().nav()).extracting(Views.NavItem::href).first().isEqualTo("../../steps/index.html");
        assertThat(page("index.html").site().root()).isEmpty();
    }

    @Test
    void theCurrentSectionIsMarkedInTheNavigation() {
        assertThat(page("faq/index.html").site().nav()).filteredOn(Views.NavItem::current)
                .extracting(Views.NavItem::title).containsExactly("FAQ");
        assertThat(page("steps/start/first.html").site().nav()).filteredOn(Views.NavItem::current)
                .extracting(Views.NavItem::title).containsExactly("Guide");
    }

    @Test
    void countsQuestionsByObjectiveForTheFilter() {
        QuestionsView view = (QuestionsView) page("questions/index.html").view();

        assertThat(view.objectives()).extracting(Views.FilterOption::id, Views.FilterOption::count)
                .containsExactly(tuple("information", 0), tuple("insight", 1), tuple("relationship", 0));
        assertThat(view.total()).isEqualTo(1);
    }

    @Test
    void theSitemapHasAbsoluteAddressesWhenTheBaseUrlIsKnown() {
        SitemapView sitemap = (SitemapView) page("sitemap.xml").view();

        assertThat(sitemap.entries()).extracting(SitemapEntry::loc).hasSize(11)
                .startsWith("https://careers.example.edu/guide/", "https://careers.example.edu/guide/steps/index.html")
                .doesNotContain("https://careers.example.edu/guide/404.html");
    }

    @Test
    void withoutABaseUrlTheSitemapAndThe404PageUseSitePaths() {
        List<PageToRender> pages = pages(SiteConfigLoader.defaults());
        SitemapView sitemap = (SitemapView) pages.get(pages.size() - 1).view();

        assertThat(sitemap.entries()).extracting(SitemapEntry::loc).startsWith("index.html", "steps/index.html");
        assertThat(pages.get(pages.size() - 2).site().root()).isEqualTo("/");
        assertThat(page("404.html").site().root()).isEqualTo("/guide/");
    }

    @Test
    void splitsTextIntoPlainRunsAndVariablesToHighlight() {
        assertThat(ViewBuilder.segments("Dear {contact.name}, from {student.name}.")).containsExactly(
                new Segment("Dear ", false), new Segment("{contact.name}", true), new Segment(", from ", false),
                new Segment("{student.name}", true), new Segment(".", false));
        assertThat(ViewBuilder.segments("{a}")).containsExactly(new Segment("{a}", true));
        assertThat(ViewBuilder.segments("")).isEmpty();
    }
}
