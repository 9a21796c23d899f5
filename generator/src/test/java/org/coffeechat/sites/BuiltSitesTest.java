package org.coffeechat.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.fixtures.Fixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whole sites built end to end from fixture folders and the repository's own content, read back with jsoup. */
class BuiltSitesTest {

    /** The sites built once for every test of this class. */
    enum Site {
        MINIMAL("https://careers.example.edu/guide/"),
        BUILT_IN(""),
        REAL_CONTENT_AND_EXAMPLE_SITE("https://careers.lakeshore.example/coffee-chats/"),
        ESCAPING("https://careers.example.edu/guide/");

        final String baseUrl;

        Site(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        BuildRequest request() {
            return switch (this) {
                case MINIMAL -> BuildRequest.defaults().withContent(Fixtures.site("minimal").resolve("content"))
                        .withSite(Fixtures.site("minimal").resolve("site"));
                case BUILT_IN -> BuildRequest.defaults();
                case REAL_CONTENT_AND_EXAMPLE_SITE -> BuildRequest.defaults()
                        .withContent(Fixtures.repoRoot().resolve("content")).withSite(Fixtures.repoRoot().resolve("site"));
                case ESCAPING -> BuildRequest.defaults().withContent(Fixtures.site("escaping").resolve("content"))
                        .withSite(Fixtures.site("escaping").resolve("site"));
            };
        }
    }

    @TempDir
    static Path out;

    private static final Map<Site, SiteChecks> BUILT = new EnumMap<>(Site.class);

    @BeforeAll
    static void buildEverySite() {
        for (Site site : Site.values()) {
            Path dir = out.resolve(site.name().toLowerCase());
            GuideBuilder.build(site.request(), dir);
            BUILT.put(site, new SiteChecks(dir, site.baseUrl));
        }
    }

    private static SiteChecks minimal() {
        return BUILT.get(Site.MINIMAL);
    }

    // ---- every site ---------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Site.class)
    void everyPageHasATitleExactlyOneH1AndHeadingsThatNeverSkipALevel(Site site) {
        assertThat(BUILT.get(site).titlesAndHeadings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Site.class)
    void everyPageHasLandmarksALanguageAndASkipLink(Site site) {
        assertThat(BUILT.get(site).landmarks()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Site.class)
    void everyInternalLinkAndAnchorLeadsToAFileAndElementOfTheSite(Site site) {
        assertThat(BUILT.get(site).links()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Site.class)
    void theSitemapListsEveryPageOnce(Site site) {
        assertThat(BUILT.get(site).sitemap(site.baseUrl)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Site.class)
    void nothingExecutableComesFromContentOrConfig(Site site) {
        assertThat(BUILT.get(site).activeContent()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Site.class)
    void hasEveryPageTypeIncludingA404Page(Site site) {
        assertThat(BUILT.get(site).pages()).containsKeys("index.html", "steps/index.html", "etiquette/index.html",
                "questions/index.html", "outreach/index.html", "faq/index.html", "404.html");
        assertThat(BUILT.get(site).page("404.html").select("h1").text()).isEqualTo("Page not found");
    }

    @ParameterizedTest
    @EnumSource(Site.class)
    void carriesNoBuildTime(Site site) {
        String today = LocalDate.now().toString();
        BUILT.get(site).pages().forEach((path, doc) -> assertThat(doc.outerHtml()).as(path).doesNotContain(today));
    }

    // ---- the site config ------------------------------------------------------------------

    @Test
    void theSiteConfigBrandsEveryPage() {
        for (Document doc : minimal().pages().values()) {
            assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en-CA");
            assertThat(doc.title()).contains("Minimal Career Centre Guide");
            assertThat(doc.select(".brand-org").text()).isEqualTo("Minimal University");
            assertThat(doc.select("head style").html()).contains("--primary:#1d4f91");
            assertThat(doc.select("link[rel=stylesheet][media=print]").attr("href")).endsWith("css/print.css");
        }
        assertThat(minimal().page("steps/start/first.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://careers.example.edu/guide/steps/start/first.html");
    }

    @Test
    void theExampleSiteShowsItsLogoAndExtraNavigation() {
        Document home = BUILT.get(Site.REAL_CONTENT_AND_EXAMPLE_SITE).page("index.html");

        assertThat(home.select("img.logo").attr("src")).isEqualTo("img/logo.svg");
        assertThat(home.select(".site-nav a").eachText()).contains("Guide", "Etiquette", "Questions", "Outreach", "FAQ",
                "Book an advising appointment");
        assertThat(home.select(".brand-org").text()).isEqualTo("Lakeshore College Career Centre");
    }

    @Test
    void guidanceSettingsOfTheSiteAreFilledIntoTheText() {
        Document first = minimal().page("steps/start/first.html");

        assertThat(first.select("main").text()).contains("Follow up after 7 days.")
                .contains("Offer your resume and ask for feedback.");
        assertThat(minimal().page("etiquette/index.html").select("#be-early").text()).contains("Arrive 10 minutes early.");
    }

    // ---- the pages ------------------------------------------------------------------------

    @Test
    void theHomePageSaysWhereToStart() {
        Document home = BUILT.get(Site.BUILT_IN).page("index.html");

        assertThat(home.select("h1").text()).isNotBlank();
        assertThat(home.select("main").text()).containsIgnoringCase("informational interview");
        Element start = home.selectFirst(".hero a.button");
        assertThat(start).isNotNull();
        assertThat(start.attr("href")).isEqualTo("steps/understand/what-it-is.html");
    }

    @Test
    void stepsLinkToThePreviousAndNextStepAcrossSections() {
        assertThat(pager("steps/start/first.html")).containsExactly(null, "../../steps/start/second.html");
        assertThat(pager("steps/start/second.html"))
                .containsExactly("../../steps/start/first.html", "../../steps/next/third.html");
        assertThat(pager("steps/next/third.html")).containsExactly("../../steps/start/second.html", null);
        assertThat(minimal().page("steps/start/second.html").select(".eyebrow").text()).contains("Step 2 of 3");
    }

    private static List<String> pager(String page) {
        Document doc = minimal().page(page);
        Element prev = doc.selectFirst(".pager a[rel=prev]");
        Element next = doc.selectFirst(".pager a[rel=next]");
        return java.util.Arrays.asList(prev == null ? null : prev.attr("href"), next == null ? null : next.attr("href"));
    }

    @Test
    void stepsShowBreadcrumbsFromHomeToThePage() {
        Document doc = minimal().page("steps/start/second.html");

        assertThat(doc.select("nav.breadcrumbs li").eachText())
                .containsExactly("Home", "Guide", "Getting started", "Second step");
        assertThat(doc.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("../../index.html", "../../steps/index.html", "../../steps/start/index.html");
        assertThat(doc.select("nav.breadcrumbs [aria-current=page]").text()).isEqualTo("Second step");
    }

    @Test
    void theEtiquetteChecklistIsGroupedByPhase() {
        Document doc = minimal().page("etiquette/index.html");

        assertThat(doc.select("section.phase > h2").eachText())
                .containsExactly("Before the meeting", "During the meeting", "After the meeting");
        assertThat(doc.select("section.phase:has(#before) li.check").eachAttr("id")).containsExactly("be-early");
        assertThat(doc.select("section.phase:has(#after) li.check").eachAttr("id")).containsExactly("say-thanks");
        assertThat(doc.select("#be-early .badge").text()).isEqualTo("Must");
        assertThat(doc.select("#be-early .why").text()).isEqualTo("It shows respect.");
    }

    @Test
    void theQuestionBankIsGroupedByCategoryWithObjectiveWhyAndAFilter() {
        Document doc = minimal().page("questions/index.html");

        assertThat(doc.select("section.category > h2").eachText()).containsExactly("Career path");
        Element q = doc.getElementById("how-did-you-start");
        assertThat(q.attr("data-objective")).isEqualTo("insight");
        assertThat(q.select(".q-text").text()).isEqualTo("How did you get started in {industry}?");
        assertThat(q.select(".q-text .var").text()).isEqualTo("{industry}");
        assertThat(q.select(".badge.obj-insight").text()).isEqualTo("Insight");
        assertThat(q.select(".q-why").text()).isEqualTo("Why ask: Their story shows one real route in.");
        assertThat(doc.select("#objective-filter input[name=objective]").eachAttr("value"))
                .containsExactly("all", "information", "insight", "relationship");
        assertThat(doc.select("#objective-filter label").eachText()).containsExactly(
                "All objectives (1)", "Information (0)", "Insight (1)", "Relationship (0)");
    }

    @Test
    void outreachTemplatesHighlightTheirVariablesAndCanBeCopied() {
        Document doc = minimal().page("outreach/index.html");
        Element t = doc.getElementById("request-email");

        assertThat(t.select(".message .var").eachText()).containsExactly("{contact.name}", "{meeting.minutes}", "{student.name}");
        assertThat(t.select(".t-subject .var").eachText()).containsExactly("{student.school}");
        Element button = t.selectFirst("button.copy");
        assertThat(button.text()).isEqualTo("Copy message");
        Element plain = doc.getElementById(button.attr("data-copy"));
        assertThat(plain.tagName()).isEqualTo("textarea");
        assertThat(plain.wholeText()).startsWith("Subject: Question from a {student.school} student\n\n"
                + "Dear {contact.name},\n\nCould we talk");
        assertThat(t.select(".t-meta").text()).contains("Email").contains("at most 100 words");
    }

    @Test
    void theFaqAnswersEachQuestionUnderItsOwnAnchor() {
        Document doc = minimal().page("faq/index.html");

        assertThat(doc.select(".faq-index a").eachAttr("href")).containsExactly("#how-long");
        assertThat(doc.select("#how-long").text()).isEqualTo("How long does it take?");
        assertThat(doc.select(".faq-entry .prose").text()).startsWith("About 30 minutes.");
    }

    @Test
    void everyPageSharesTheSameNavigationWithTheCurrentSectionMarked() {
        Document questions = minimal().page("questions/index.html");

        assertThat(questions.select(".site-nav a").eachText()).containsExactly("Guide", "Etiquette", "Questions",
                "Outreach", "FAQ");
        assertThat(questions.select(".site-nav a[aria-current=page]").text()).isEqualTo("Questions");
        assertThat(minimal().page("steps/start/first.html").select(".site-nav a").eachAttr("href")).containsExactly(
                "../../steps/index.html", "../../etiquette/index.html", "../../questions/index.html",
                "../../outreach/index.html", "../../faq/index.html");
    }

    @Test
    void the404PageLinksFromWhereTheSiteIsPublishedSoItWorksAtAnyAddress() {
        Document notFound = minimal().page("404.html");

        assertThat(notFound.select("main a").eachAttr("href")).allMatch(h -> h.startsWith("/guide/"));
        assertThat(notFound.select("link[rel=stylesheet]").eachAttr("href")).allMatch(h -> h.startsWith("/guide/"));
    }

    @Test
    void theRealContentFillsEveryPageType() {
        SiteChecks real = BUILT.get(Site.REAL_CONTENT_AND_EXAMPLE_SITE);

        assertThat(real.page("steps/index.html").select(".step-outline > li")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(real.page("etiquette/index.html").select("li.check")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(real.page("questions/index.html").select("li.question")).hasSizeGreaterThanOrEqualTo(50);
        assertThat(real.page("outreach/index.html").select("article.template")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(real.page("faq/index.html").select(".faq-entry")).hasSizeGreaterThanOrEqualTo(5);
        for (String objective : List.of("information", "insight", "relationship")) {
            assertThat(real.page("questions/index.html").select("li.question[data-objective=" + objective + "]"))
                    .as(objective).isNotEmpty();
        }
    }

    // ---- escaping -------------------------------------------------------------------------

    @Test
    void markupInEveryContentFieldAndSettingShowsAsTextNeverAsElements() {
        SiteChecks escaping = BUILT.get(Site.ESCAPING);
        String home = escaping.page("index.html").text();
        String step = escaping.page("steps/start/first.html").text();
        String questions = escaping.page("questions/index.html").text();
        String outreach = escaping.page("outreach/index.html").text();

        assertThat(escaping.page("index.html").title()).contains("<script>alert('site-title')</script>");
        assertThat(home).contains("<script>alert('home-body')</script>").contains("<img src=x onerror=alert('home-img')>")
                .contains("Org \"><img src=x onerror=alert('org')>");
        assertThat(step).contains("First <script>alert('page-title')</script>")
                .contains("Bring it <script>alert('policy')</script>.");
        assertThat(questions).contains("<script>alert('question-text')</script>")
                .contains("Their story <img src=x onerror=alert('question-why')>")
                .contains("\"><svg onload=alert('role')>");
        assertThat(outreach).contains("</textarea><script>alert('body')</script>");
        assertThat(escaping.page("outreach/index.html").select("textarea").first().wholeText())
                .contains("</textarea><script>alert('body')</script>");
        assertThat(escaping.page("index.html").select(".site-nav a").last().attr("href"))
                .isEqualTo("https://example.org/book\" onmouseover=\"alert('nav-url')");
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path again) throws IOException {
        for (Site site : List.of(Site.MINIMAL, Site.REAL_CONTENT_AND_EXAMPLE_SITE)) {
            Path second = again.resolve(site.name());
            GuideBuilder.build(site.request(), second);

            Map<String, byte[]> first = Fixtures.tree(out.resolve(site.name().toLowerCase()));
            assertThat(Fixtures.tree(second)).as(site.name()).containsExactlyInAnyOrderEntriesOf(first);
            assertThat(Files.exists(second.resolve("sitemap.xml"))).isTrue();
        }
    }
}
