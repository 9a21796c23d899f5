package org.coffeechat.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coffeechat.build.IncrementalBuild.Update;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.output.MemoryOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's build: after every change it renders only what the change touches, and what it
 * then serves is byte for byte what a full build of the same files writes.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private Path content;
    private Path siteDir;
    private BuildRequest request;

    @BeforeEach
    void copyTheMinimalSite() {
        Fixtures.copyTree(Fixtures.site("minimal"), dir);
        content = dir.resolve("content");
        siteDir = dir.resolve("site");
        request = BuildRequest.defaults().withContent(content).withSite(siteDir);
    }

    /** The site the preview serves once it also wrote the search index again. */
    private static Map<String, String> served(IncrementalBuild build) {
        build.updateSearchIndex();
        return text(build.files());
    }

    /** What a full build of the files as they are now writes. */
    private Map<String, String> fullBuild() {
        MemoryOutput out = new MemoryOutput();
        GuideBuilder.render(GuideBuilder.load(request), out);
        return text(out.files());
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((path, bytes) -> out.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        return out;
    }

    /** Every page of the minimal site, in site path order. */
    private static final List<String> EVERY_PAGE = List.of("404.html", "etiquette/index.html", "faq/index.html",
            "index.html", "outreach/index.html", "questions/index.html", "sitemap.xml", "steps/index.html",
            "steps/next/index.html", "steps/next/third.html", "steps/start/first.html", "steps/start/index.html",
            "steps/start/second.html");

    /** The pages of the guide itself (the home page, the steps index, the sections, the steps) and the sitemap. */
    private static final List<String> THE_WHOLE_GUIDE = List.of("index.html", "sitemap.xml", "steps/index.html",
            "steps/next/index.html", "steps/next/third.html", "steps/start/first.html", "steps/start/index.html",
            "steps/start/second.html");

    /**
     * Starts a build, saves {@code file} with {@code from} replaced by {@code to}, and checks that the save
     * rendered exactly {@code rendered} again, changed exactly {@code written}, and left the files of a full build.
     */
    private Update saving(String file, String from, String to, List<String> rendered, List<String> written)
            throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Update update = build.update(List.of(edit(file, from, to)));

        assertThat(update.rendered()).containsExactlyElementsOf(rendered);
        assertThat(update.written()).containsExactlyElementsOf(written);
        assertThat(served(build)).isEqualTo(fullBuild());
        return update;
    }

    private Path edit(String relative, String from, String to) throws IOException {
        Path file = dir.resolve(relative);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void startsWithExactlyTheFilesOfAFullBuild() {
        IncrementalBuild build = IncrementalBuild.start(request);

        assertThat(build.ok()).isTrue();
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    // ---- content: each kind of change renders exactly the pages that show it ------------------

    @Test
    void editingTheTextOfAPageRendersOnlyThatPageAndTheSearchIndex() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = edit("content/steps/01-start/second.md", "See the", "Now see the");
        Update update = build.update(List.of(file));

        assertThat(update.ok()).isTrue();
        assertThat(update.changes()).containsExactly(new Change(Change.Kind.CONTENT, "steps/01-start/second.md"));
        assertThat(update.rendered()).containsExactly("steps/start/second.html");
        assertThat(update.written()).containsExactly("steps/start/second.html");
        assertThat(update.summary()).startsWith("rendered 1 page (steps/start/second.html)");
        assertThat(build.updateSearchIndex()).as("the search index changed").isTrue();
        assertThat(build.updateSearchIndex()).as("and is now up to date").isFalse();
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aNewTitleReachesEveryPageThatShowsIt() throws IOException {
        // The page, the steps before and after it (their links name it), its section, the steps index
        // and the home page (they list it); the home page's view lists every page, but the default
        // theme shows only the sections there, so it is the same.
        saving("content/steps/01-start/second.md", "title: Second step", "title: The second step",
                List.of("index.html", "steps/index.html", "steps/next/third.html", "steps/start/first.html",
                        "steps/start/index.html", "steps/start/second.html"),
                List.of("steps/index.html", "steps/next/third.html", "steps/start/first.html", "steps/start/index.html",
                        "steps/start/second.html"));
    }

    @Test
    void aNewSummaryReachesEveryPageThatShowsIt() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = edit("content/steps/02-next/third.md", "summary: The end.", "summary: Where it ends.");
        Update update = build.update(List.of(file));

        assertThat(update.rendered()).containsExactly("index.html", "steps/index.html", "steps/next/index.html",
                "steps/next/third.html", "steps/start/second.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aRenamedSectionReachesItsPagesTheirBreadcrumbsNameIt() throws IOException {
        // The section, its pages, the section after it (its link back names it), the steps index, the home page.
        List<String> shown = List.of("index.html", "steps/index.html", "steps/next/index.html", "steps/start/first.html",
                "steps/start/index.html", "steps/start/second.html");
        saving("content/steps/01-start/_section.md", "title: Getting started", "title: Starting out", shown, shown);
    }

    @Test
    void aSectionsIntroductionRendersOnlyTheSectionPage() throws IOException {
        saving("content/steps/01-start/_section.md", "This part has two pages.", "This part has two short pages.",
                List.of("steps/start/index.html"), List.of("steps/start/index.html"));
    }

    @Test
    void theHomePageTextRendersOnlyTheHomePage() throws IOException {
        saving("content/home.md", "Welcome.", "Welcome to the guide.", List.of("index.html"), List.of("index.html"));
    }

    @Test
    void addingMovingAndRemovingPagesKeepsTheGuideAndTheSitemapRight() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path added = Fixtures.write(content, "steps/02-next/fourth.md",
                "---\ntitle: Fourth step\norder: 2\nsummary: After the third.\n---\nThe last words.\n");
        Update update = build.update(List.of(added));
        List<String> guide = new ArrayList<>(THE_WHOLE_GUIDE);
        guide.add(3, "steps/next/fourth.html");
        assertThat(update.rendered()).containsExactlyElementsOf(guide);
        // Every step says "step N of 4" now; the first section and the home page show no step of the second.
        assertThat(update.written()).containsExactly("sitemap.xml", "steps/index.html", "steps/next/fourth.html",
                "steps/next/index.html", "steps/next/third.html", "steps/start/first.html", "steps/start/second.html");
        assertThat(served(build)).isEqualTo(fullBuild());

        Path moved = edit("content/steps/02-next/fourth.md", "order: 2", "order: 0");
        assertThat(build.update(List.of(moved)).rendered()).containsExactlyElementsOf(guide);
        assertThat(served(build)).isEqualTo(fullBuild());

        Files.delete(added);
        Update removal = build.update(List.of(added));
        assertThat(removal.rendered()).containsExactlyElementsOf(THE_WHOLE_GUIDE);
        assertThat(removal.removed()).containsExactly("steps/next/fourth.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aNewSectionAndItsRemovalRenderTheWholeGuide() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path folder = content.resolve("steps/03-last");
        Fixtures.write(content, "steps/03-last/_section.md", "---\ntitle: Last\norder: 3\nsummary: The third part.\n---\n");
        Fixtures.write(content, "steps/03-last/final.md", "---\ntitle: Final step\norder: 1\nsummary: Done.\n---\nDone.\n");
        // A watcher reports a new folder, then (once it watches it) the files in it.
        Update update = build.update(List.of(folder, folder.resolve("_section.md"), folder.resolve("final.md")));

        List<String> guide = new ArrayList<>(THE_WHOLE_GUIDE);
        guide.addAll(3, List.of("steps/last/final.html", "steps/last/index.html"));
        assertThat(update.rendered()).containsExactlyElementsOf(guide);
        assertThat(served(build)).isEqualTo(fullBuild());

        FixtureCopies.deleteTree(folder);
        Update removal = build.update(List.of(folder));
        assertThat(removal.rendered()).containsExactlyElementsOf(THE_WHOLE_GUIDE);
        assertThat(removal.removed()).containsExactly("steps/last/final.html", "steps/last/index.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aChangedQuestionRendersTheQuestionsPageAndTheHomePageThatCountsThem() throws IOException {
        // The count on the home page is the same: it renders again but does not change.
        Update update = saving("content/questions/bank.yaml", "Their story shows", "Their own story shows",
                List.of("index.html", "questions/index.html"), List.of("questions/index.html"));

        assertThat(update.summary()).startsWith("rendered 2 pages (index.html, questions/index.html)");
    }

    @Test
    void aChangedCategoryRendersTheQuestionsPageAndTheHomePage() throws IOException {
        saving("content/questions/categories.yaml", "How they got there.", "How they came to do it.",
                List.of("index.html", "questions/index.html"), List.of("questions/index.html"));
    }

    @Test
    void theOutreachTemplatesAndTheEtiquetteRenderTheirPageAndTheHomePage() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path outreach = edit("content/outreach.yaml", "use: The first message.", "use: The very first message.");
        Update update = build.update(List.of(outreach));
        assertThat(update.rendered()).containsExactly("index.html", "outreach/index.html");
        assertThat(update.written()).containsExactly("outreach/index.html");
        assertThat(served(build)).isEqualTo(fullBuild());

        Path etiquette = edit("content/etiquette.yaml", "why: It shows respect.", "why: It shows you respect their time.");
        update = build.update(List.of(etiquette));
        assertThat(update.rendered()).containsExactly("etiquette/index.html", "index.html");
        assertThat(update.written()).containsExactly("etiquette/index.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void theFaqRendersOnlyItsPage() throws IOException {
        saving("content/faq.yaml", "How long does it take?", "How long does a chat take?",
                List.of("faq/index.html"), List.of("faq/index.html"));
    }

    @Test
    void aPolicyRendersThePagesWhoseTextItIsIn() throws IOException {
        // first.md says {{policy:resume}}; the site's guidance picks offer-for-feedback.
        saving("content/policies.yaml", "Offer your resume and ask for feedback.",
                "Offer your resume and ask what they would change.",
                List.of("steps/start/first.html"), List.of("steps/start/first.html"));
    }

    @Test
    void manySavesInARowKeepTheSiteThatOfAFullBuild() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        build.update(List.of(edit("content/steps/01-start/first.md", "Why it matters", "Why this matters")));
        build.update(List.of(edit("content/steps/01-start/second.md", "title: Second step", "title: Step two")));
        build.update(List.of(Fixtures.write(content, "steps/01-start/between.md",
                "---\ntitle: In between\norder: 3\nsummary: A short pause.\n---\nSee [the second step](second.md).\n")));
        build.update(List.of(edit("content/steps/01-start/between.md", "order: 3", "order: 0")));
        build.update(List.of(edit("content/steps/02-next/_section.md", "title: Next", "title: Then")));
        build.update(List.of(edit("content/questions/bank.yaml", "Their story shows", "Their own story shows")));
        build.update(List.of(edit("site/site.yaml", "followUpAfterDays: 7", "followUpAfterDays: 5")));
        build.update(List.of(edit("content/steps/01-start/second.md", "title: Step two", "title: Second step")));
        Update last = build.update(List.of(edit("content/home.md", "Welcome.", "Hello.")));

        assertThat(last.ok()).isTrue();
        assertThat(last.rendered()).containsExactly("index.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    // ---- errors ---------------------------------------------------------------------------

    @Test
    void aBrokenFileKeepsTheLastGoodSiteAndSaysWhereAndTheNextGoodSaveRecovers() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);
        Map<String, String> good = text(build.files());

        Path file = edit("content/steps/01-start/second.md", "(/etiquette/#before)", "(/etiquette/#befor)");
        Update broken = build.update(List.of(file));

        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).extracting(Diagnostic::toString).containsExactly(
                Fixtures.relativeDisplay(file) + ":8:9: broken link '/etiquette/#befor': the page has no anchor '#befor'; "
                        + "did you mean 'before'?");
        assertThat(broken.rendered()).isEmpty();
        assertThat(broken.written()).isEmpty();
        assertThat(text(build.files())).isEqualTo(good);

        Path other = edit("content/steps/01-start/first.md", "Why it matters", "Why this matters");
        assertThat(build.update(List.of(other)).ok()).isFalse();

        edit("content/steps/01-start/second.md", "(/etiquette/#befor)", "(/etiquette/#before)");
        Update fixed = build.update(List.of(file));

        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.problems()).isEmpty();
        // What the failed saves touched, against the last site that built: second.md is as it was then.
        assertThat(fixed.rendered()).containsExactly("steps/start/first.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aYamlMistakeIsReportedAtItsLineAndFixingItRecovers() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);
        Map<String, String> good = text(build.files());

        Path file = edit("content/faq.yaml", "  - id: how-long", "  - id: how-long\n    qestion: Typo?");
        Update broken = build.update(List.of(file));

        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).extracting(Diagnostic::toString)
                .anyMatch(p -> p.startsWith(Fixtures.relativeDisplay(file) + ":3:5: ") && p.contains("'qestion'"));
        assertThat(text(build.files())).isEqualTo(good);

        edit("content/faq.yaml", "\n    qestion: Typo?", "");
        Update fixed = build.update(List.of(file));
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.problems()).isEmpty();
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    // ---- links a template wrote, checked again where a save can break them --------------------

    @Test
    void aTemplateLinkToAnAnchorThatAContentSaveRemovedIsReportedAtTheTemplatesLine() throws IOException {
        edit("content/steps/02-next/third.md", "Back to", "## Wrap up\n\nBack to");
        Path faqTemplate = templateOverride("faq.ftlh", "<h1>${page.title}</h1>",
                "<h1>${page.title}</h1>\n<p>Done? <a href=\"${site.root}steps/next/third.html#wrap-up\">Wrap up</a>.</p>");
        IncrementalBuild build = IncrementalBuild.start(request);
        assertThat(build.problems()).isEmpty();

        Path third = edit("content/steps/02-next/third.md", "## Wrap up", "## Closing");
        Update broken = build.update(List.of(third));

        // The FAQ page was not rendered again: its link was checked against the page it leads to.
        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).extracting(Diagnostic::toString).containsExactly(Fixtures.relativeDisplay(faqTemplate)
                + ":4:31: broken link to 'steps/next/third.html#wrap-up' (on faq/index.html): the page has no anchor "
                + "'#wrap-up'");

        edit("content/steps/02-next/third.md", "## Closing", "## Wrap up");
        Update fixed = build.update(List.of(third));
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.rendered()).containsExactly("steps/next/third.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aTemplateLinkToAPageThatWasDeletedIsReportedAtTheTemplatesLine() throws IOException {
        Path extra = Fixtures.write(content, "steps/02-next/extra.md",
                "---\ntitle: Extra step\norder: 2\nsummary: One more.\n---\nMore.\n");
        Path faqTemplate = templateOverride("faq.ftlh", "<h1>${page.title}</h1>",
                "<h1>${page.title}</h1>\n<p>See <a href=\"../steps/next/extra.html\">the extra step</a>.</p>");
        IncrementalBuild build = IncrementalBuild.start(request);
        assertThat(build.problems()).isEmpty();

        Files.delete(extra);
        Update broken = build.update(List.of(extra));

        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).extracting(Diagnostic::toString).containsExactly(Fixtures.relativeDisplay(faqTemplate)
                + ":4:20: broken link to 'steps/next/extra.html' (on faq/index.html): there is no such page or file in "
                + "the site");

        Fixtures.write(content, "steps/02-next/extra.md", "---\ntitle: Extra step\norder: 2\nsummary: Back.\n---\nMore.\n");
        assertThat(build.update(List.of(extra)).ok()).isTrue();
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    /** Copies a template of the default theme into the site's templates with one edit. */
    private Path templateOverride(String name, String from, String to) throws IOException {
        Path copy = siteDir.resolve("templates").resolve(name);
        Files.createDirectories(copy.getParent());
        Files.copy(Fixtures.repoRoot().resolve("themes/default/templates").resolve(name), copy);
        return edit("site/templates/" + name, from, to);
    }

    // ---- templates, static files, the site config --------------------------------------------

    @Test
    void aTemplateRendersAgainOnlyThePagesWhoseTemplateUsesIt() throws IOException {
        Path theme = Fixtures.repoRoot().resolve("themes/default/templates");
        Files.createDirectories(siteDir.resolve("templates"));
        Files.copy(theme.resolve("faq.ftlh"), siteDir.resolve("templates/faq.ftlh"));
        IncrementalBuild build = IncrementalBuild.start(request);

        Path faq = edit("site/templates/faq.ftlh", "<h1>${page.title}</h1>", "<h1>${page.title}!</h1>");
        Update update = build.update(List.of(faq));

        assertThat(update.changes()).containsExactly(new Change(Change.Kind.TEMPLATE, "faq.ftlh"));
        assertThat(update.rendered()).containsExactly("faq/index.html");
        assertThat(update.written()).containsExactly("faq/index.html");
        assertThat(served(build)).isEqualTo(fullBuild());

        Files.copy(theme.resolve("layout.ftlh"), siteDir.resolve("templates/layout.ftlh"));
        Path layout = edit("site/templates/layout.ftlh", "<p class=\"fine\">", "<p class=\"fine\">Edited. ");
        Update everywhere = build.update(List.of(layout));

        List<String> html = EVERY_PAGE.stream().filter(p -> p.endsWith(".html")).toList();
        assertThat(everywhere.rendered()).containsExactlyElementsOf(html);
        assertThat(everywhere.written()).containsExactlyElementsOf(html);
        assertThat(served(build)).isEqualTo(fullBuild());

        Files.copy(theme.resolve("sitemap.ftlx"), siteDir.resolve("templates/sitemap.ftlx"));
        Path sitemap = edit("site/templates/sitemap.ftlx", "<urlset", "<!-- edited -->\n<urlset");
        Update map = build.update(List.of(sitemap));

        assertThat(map.rendered()).containsExactly("sitemap.xml");
        assertThat(map.written()).containsExactly("sitemap.xml");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aTemplateErrorIsReportedAtItsLineAndFixingItRecovers() throws IOException {
        Files.createDirectories(siteDir.resolve("templates"));
        Files.copy(Fixtures.repoRoot().resolve("themes/default/templates/faq.ftlh"), siteDir.resolve("templates/faq.ftlh"));
        IncrementalBuild build = IncrementalBuild.start(request);

        Path faq = edit("site/templates/faq.ftlh", "<h1>${page.title}</h1>", "<h1>${page.titel}</h1>");
        Update broken = build.update(List.of(faq));

        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).hasSize(1);
        assertThat(broken.problems().get(0).toString()).startsWith(Fixtures.relativeDisplay(faq) + ":3:");

        edit("site/templates/faq.ftlh", "${page.titel}", "${page.title}");
        assertThat(build.update(List.of(faq)).ok()).isTrue();
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void theSiteConfigChangesEveryPage() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = edit("site/site.yaml", "title: Minimal Career Centre Guide", "title: Another Guide");
        Update update = build.update(List.of(file));

        assertThat(update.changes()).extracting(Change::kind).containsExactly(Change.Kind.SITE_CONFIG);
        assertThat(update.rendered()).containsExactlyElementsOf(EVERY_PAGE);
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    // ---- the pages that list the whole guide after the others (what the preview does) ----------

    /** A build as the preview keeps it: the lists rendered after the other pages. */
    private IncrementalBuild startAsThePreview() {
        IncrementalBuild build = IncrementalBuild.start(request);
        build.listsLater(true);
        return build;
    }

    @Test
    void withListsLaterANewTitleRendersTheSavedPageAndItsNeighboursFirstAndTheListsNext() throws IOException {
        IncrementalBuild build = startAsThePreview();

        Update first = build.update(List.of(edit("content/steps/01-start/second.md", "title: Second step",
                "title: The second step")));

        assertThat(first.rendered()).containsExactly("steps/next/third.html", "steps/start/first.html",
                "steps/start/index.html", "steps/start/second.html");
        assertThat(first.summary()).contains("; then index.html, steps/index.html (");
        assertThat(text(build.files()).get("steps/index.html")).doesNotContain("The second step");

        Update next = build.renderLater();

        assertThat(next.ok()).isTrue();
        assertThat(next.rendered()).containsExactly("index.html", "steps/index.html");
        assertThat(next.written()).containsExactly("steps/index.html");
        assertThat(build.renderLater().rendered()).as("nothing waits any more").isEmpty();
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void withListsLaterAQuestionRendersTheQuestionsPageFirstAndTheHomePageNext() throws IOException {
        IncrementalBuild build = startAsThePreview();

        Update first = build.update(List.of(edit("content/questions/bank.yaml", "Their story shows",
                "Their own story shows")));

        assertThat(first.rendered()).containsExactly("questions/index.html");
        assertThat(build.renderLater().rendered()).containsExactly("index.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void withListsLaterANewPageStillRendersTheWholeGuideAtOnce() throws IOException {
        IncrementalBuild build = startAsThePreview();

        Update update = build.update(List.of(Fixtures.write(content, "steps/02-next/fourth.md",
                "---\ntitle: Fourth step\norder: 2\nsummary: After the third.\n---\nThe last words.\n")));

        assertThat(update.rendered()).contains("index.html", "sitemap.xml", "steps/index.html", "steps/next/fourth.html");
        assertThat(build.renderLater().rendered()).isEmpty();
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void withListsLaterTheHomePageAloneIsNotLeftForLater() throws IOException {
        IncrementalBuild build = startAsThePreview();

        Update update = build.update(List.of(edit("content/home.md", "Welcome.", "Welcome to the guide.")));

        assertThat(update.rendered()).containsExactly("index.html");
        assertThat(build.renderLater().rendered()).isEmpty();
    }

    @Test
    void withListsLaterABrokenSaveKeepsTheListsWaitingUntilTheFix() throws IOException {
        IncrementalBuild build = startAsThePreview();

        build.update(List.of(edit("content/steps/01-start/second.md", "title: Second step", "title: The second step")));
        Path broken = edit("content/steps/01-start/second.md", "(/etiquette/#before)", "(/etiquette/#befor)");
        assertThat(build.update(List.of(broken)).ok()).isFalse();
        assertThat(build.renderLater().rendered()).as("not while the files have errors").isEmpty();

        edit("content/steps/01-start/second.md", "(/etiquette/#befor)", "(/etiquette/#before)");
        build.update(List.of(broken));
        build.renderLater();

        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void withListsLaterAListThatFailsKeepsTheChecksWarningsBesideItsError() throws IOException {
        Path categories = content.resolve("questions/categories.yaml");
        String emptyCategory = Fixtures.relativeDisplay(categories) + ":6:5: warning: category 'empty-one' has no questions";
        Files.writeString(categories, """
                  - id: empty-one
                    title: Nothing here yet
                    order: 2
                    description: No question uses it.
                """, StandardOpenOption.APPEND);
        Path home = templateOverride("home.ftlh", "<div class=\"hero\">",
                "<div class=\"hero\"><#if view.start?? && view.start.title == \"Broken start\">${view.nope}</#if>");
        IncrementalBuild build = startAsThePreview();
        assertThat(build.problems()).extracting(Diagnostic::toString)
                .containsExactly(emptyCategory);

        Update first = build.update(List.of(edit("content/steps/01-start/first.md", "title: First step",
                "title: Broken start")));
        assertThat(first.ok()).isTrue();
        Update later = build.renderLater();

        assertThat(later.ok()).isFalse();
        assertThat(later.problems()).hasSize(2);
        assertThat(later.problems()).extracting(Diagnostic::toString)
                .contains(emptyCategory)
                .anyMatch(problem -> problem.startsWith(Fixtures.relativeDisplay(home) + ":3:"));
        assertThat(build.problems()).isEqualTo(later.problems());

        edit("site/templates/home.ftlh", "${view.nope}", "");
        Update fixed = build.update(List.of(home));
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.problems()).extracting(Diagnostic::toString)
                .containsExactly(emptyCategory);
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aProfileAnEditorsScratchFileOrAFileOfNoFolderChangeNothingOfTheSite() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);
        Map<String, String> before = text(build.files());

        Path profile = Fixtures.write(dir, "me.yaml", "student:\n  name: Someone\n");
        Path scratch = Fixtures.write(content, "steps/01-start/.first.md.swp", "half a save");
        Path backup = Fixtures.write(content, "steps/01-start/first.md~", "an old copy");
        Update update = build.update(List.of(profile, scratch, backup));

        assertThat(update.changes()).isEmpty();
        assertThat(update.rendered()).isEmpty();
        assertThat(update.written()).isEmpty();
        assertThat(update.summary()).isEqualTo("nothing to do");
        assertThat(text(build.files())).isEqualTo(before);
    }

    @Test
    void aStaticFileIsCopiedAndNothingIsRendered() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = Fixtures.write(siteDir, "static/css/extra.css", "body { color: #222; }\n");
        Update update = build.update(List.of(file));

        assertThat(update.changes()).containsExactly(new Change(Change.Kind.STATIC, "css/extra.css"));
        assertThat(update.rendered()).isEmpty();
        assertThat(update.written()).containsExactly("css/extra.css");
        assertThat(served(build)).isEqualTo(fullBuild());

        Files.delete(file);
        Update removal = build.update(List.of(file));
        assertThat(removal.rendered()).isEmpty();
        assertThat(removal.removed()).containsExactly("css/extra.css");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void filesThatNoBuildReadsChangeNothing() {
        IncrementalBuild build = IncrementalBuild.start(request);

        Update update = build.update(List.of(content.resolve("steps/01-start/.first.md.swp"), dir.resolve("notes.txt"),
                content.resolve("steps/01-start/first.md~")));

        assertThat(update.changes()).isEmpty();
        assertThat(update.rendered()).isEmpty();
        assertThat(update.written()).isEmpty();
    }
}
