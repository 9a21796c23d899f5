package org.coffeechat.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void editingTheTextOfAPageRendersOnlyThatPageAndTheSearchIndex() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = edit("content/steps/01-start/second.md", "See the", "Now see the");
        Update update = build.update(List.of(file));

        assertThat(update.ok()).isTrue();
        assertThat(update.written()).containsExactly("steps/start/second.html");
        assertThat(update.summary()).startsWith("rendered 1 page (steps/start/second.html)");
        assertThat(build.updateSearchIndex()).as("the search index changed").isTrue();
        assertThat(build.updateSearchIndex()).as("and is now up to date").isFalse();
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aNewTitleReachesEveryPageThatShowsIt() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = edit("content/steps/01-start/second.md", "title: Second step", "title: The second step");
        Update update = build.update(List.of(file));

        assertThat(update.written()).contains("steps/start/second.html", "steps/start/first.html",
                "steps/next/third.html", "steps/start/index.html", "steps/index.html");
        assertThat(update.written()).doesNotContain("questions/index.html", "faq/index.html", "sitemap.xml");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aRenamedSectionReachesItsPagesTheirBreadcrumbsNameIt() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = edit("content/steps/01-start/_section.md", "title: Getting started", "title: Starting out");
        Update update = build.update(List.of(file));

        assertThat(update.written()).contains("steps/start/index.html", "steps/start/first.html",
                "steps/start/second.html", "steps/index.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void addingMovingAndRemovingPagesKeepsTheGuideAndTheSitemapRight() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path added = Fixtures.write(content, "steps/02-next/fourth.md",
                "---\ntitle: Fourth step\norder: 2\nsummary: After the third.\n---\nThe last words.\n");
        Update update = build.update(List.of(added));
        assertThat(update.written()).contains("steps/next/fourth.html", "steps/next/third.html", "sitemap.xml");
        assertThat(served(build)).isEqualTo(fullBuild());

        Path moved = edit("content/steps/02-next/fourth.md", "order: 2", "order: 0");
        build.update(List.of(moved));
        assertThat(served(build)).isEqualTo(fullBuild());

        Files.delete(added);
        Update removal = build.update(List.of(added));
        assertThat(removal.removed()).containsExactly("steps/next/fourth.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aChangedQuestionRendersTheQuestionsPageAndTheHomePageThatCountsThem() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = edit("content/questions/bank.yaml", "Their story shows", "Their own story shows");
        Update update = build.update(List.of(file));

        assertThat(update.written()).containsExactly("questions/index.html");
        assertThat(update.summary()).startsWith("rendered 2 pages (index.html, questions/index.html)");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

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
        assertThat(broken.written()).isEmpty();
        assertThat(text(build.files())).isEqualTo(good);

        Path other = edit("content/steps/01-start/first.md", "Why it matters", "Why this matters");
        assertThat(build.update(List.of(other)).ok()).isFalse();

        edit("content/steps/01-start/second.md", "(/etiquette/#befor)", "(/etiquette/#before)");
        Update fixed = build.update(List.of(file));

        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.problems()).isEmpty();
        assertThat(fixed.written()).contains("steps/start/first.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aTemplateRendersAgainOnlyThePagesWhoseTemplateUsesIt() throws IOException {
        Path theme = Fixtures.repoRoot().resolve("themes/default/templates");
        Files.createDirectories(siteDir.resolve("templates"));
        Files.copy(theme.resolve("faq.ftlh"), siteDir.resolve("templates/faq.ftlh"));
        IncrementalBuild build = IncrementalBuild.start(request);

        Path faq = edit("site/templates/faq.ftlh", "<h1>${page.title}</h1>", "<h1>${page.title}!</h1>");
        Update update = build.update(List.of(faq));

        assertThat(update.written()).containsExactly("faq/index.html");
        assertThat(served(build)).isEqualTo(fullBuild());

        Files.copy(theme.resolve("layout.ftlh"), siteDir.resolve("templates/layout.ftlh"));
        Path layout = edit("site/templates/layout.ftlh", "<p class=\"fine\">", "<p class=\"fine\">Edited. ");
        Update everywhere = build.update(List.of(layout));

        assertThat(everywhere.written()).contains("index.html", "faq/index.html", "404.html", "steps/next/third.html")
                .doesNotContain("sitemap.xml", "js/search-index.js");
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

        assertThat(update.written()).contains("index.html", "404.html", "faq/index.html", "steps/start/first.html");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void aStaticFileIsCopiedAndNothingIsRendered() throws IOException {
        IncrementalBuild build = IncrementalBuild.start(request);

        Path file = Fixtures.write(siteDir, "static/css/extra.css", "body { color: #222; }\n");
        Update update = build.update(List.of(file));

        assertThat(update.written()).containsExactly("css/extra.css");
        assertThat(served(build)).isEqualTo(fullBuild());
    }

    @Test
    void filesThatNoBuildReadsChangeNothing() {
        IncrementalBuild build = IncrementalBuild.start(request);

        Update update = build.update(List.of(content.resolve("steps/01-start/.first.md.swp"), dir.resolve("notes.txt"),
                content.resolve("steps/01-start/first.md~")));

        assertThat(update.changes()).isEmpty();
        assertThat(update.written()).isEmpty();
    }
}
