package org.coffeechat.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.model.Content;
import org.coffeechat.model.Html;
import org.coffeechat.model.Page;
import org.coffeechat.model.RenderedMarkdown;
import org.coffeechat.model.Section;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchIndexTest {

    private static final Path MINIMAL = Fixtures.site("minimal");

    @TempDir
    Path dir;

    private static Content minimal() {
        return GuideBuilder.load(BuildRequest.defaults().withContent(MINIMAL.resolve("content"))
                .withSite(MINIMAL.resolve("site"))).content();
    }

    /** The JSON the script assigns, read back. */
    private static JsonNode parse(byte[] script) {
        String js = new String(script, StandardCharsets.UTF_8);
        String json = js.substring(js.indexOf('{'), js.lastIndexOf('}') + 1);
        return JsonMapper.builder().build().readTree(json);
    }

    @Test
    void holdsEveryPageQuestionTemplateEtiquetteItemAndFaqEntryOfTheContent() {
        List<SearchDocument> documents = SearchIndex.documents(minimal());

        assertThat(documents).extracting(SearchDocument::url, SearchDocument::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("index.html", "Home"),
                org.assertj.core.groups.Tuple.tuple("steps/start/index.html", "Guide"),
                org.assertj.core.groups.Tuple.tuple("steps/start/first.html", "Guide"),
                org.assertj.core.groups.Tuple.tuple("steps/start/second.html", "Guide"),
                org.assertj.core.groups.Tuple.tuple("steps/next/index.html", "Guide"),
                org.assertj.core.groups.Tuple.tuple("steps/next/third.html", "Guide"),
                org.assertj.core.groups.Tuple.tuple("questions/index.html#how-did-you-start", "Question"),
                org.assertj.core.groups.Tuple.tuple("outreach/index.html#request-email", "Message template"),
                org.assertj.core.groups.Tuple.tuple("etiquette/index.html#be-early", "Etiquette"),
                org.assertj.core.groups.Tuple.tuple("etiquette/index.html#say-thanks", "Etiquette"),
                org.assertj.core.groups.Tuple.tuple("faq/index.html#how-long", "FAQ"));
        SearchDocument first = documents.get(2);
        assertThat(first.title()).isEqualTo("First step");
        assertThat(first.summary()).isEqualTo("Where it begins.");
        assertThat(first.text()).contains("Follow up after 7 days").doesNotContain("<");
        assertThat(documents.get(7).text()).contains("Could we talk for {meeting.minutes} minutes?");
    }

    @Test
    void theScriptAssignsTheIndexAndCannotEndTheScriptThatLoadsIt() {
        Content content = minimal();
        Section start = content.sections().get(0);
        Page tricky = new Page(start.pages().get(0).url(), "A </script><b>bold</b> title", 1, "line\u2028break", 
                start.pages().get(0).phase(), start.pages().get(0).body(), start.pages().get(0).source());
        Content changed = replaceFirstPage(content, tricky);

        byte[] script = new SearchIndex().script(changed);

        String js = new String(script, StandardCharsets.UTF_8);
        assertThat(js).startsWith("/* coffeechat search index").contains("window.coffeechatSearchIndex = {")
                .doesNotContain("</").doesNotContain("\u2028");
        JsonNode docs = parse(script).get("docs");
        assertThat(docs.size()).isEqualTo(11);
        assertThat(docs.get(2).get("t").asString()).isEqualTo("A </script><b>bold</b> title");
        assertThat(docs.get(2).get("s").asString()).isEqualTo("line\u2028break");
        assertThat(docs.get(2).get("u").asString()).isEqualTo("steps/start/first.html");
    }

    @Test
    void anIndexThatSawTheSiteBeforeAChangeGivesTheSameBytesAsAFreshOne() {
        Content before = minimal();
        SearchIndex reused = new SearchIndex();
        reused.script(before);
        Page old = before.sections().get(0).pages().get(0);
        Page edited = new Page(old.url(), "First step, rewritten", old.order(), old.summary(), old.phase(),
                new RenderedMarkdown(new Html("<p>New words about coffee.</p>"), List.of(), List.of()), old.source());
        Content after = replaceFirstPage(before, edited);

        byte[] again = reused.script(after);

        assertThat(again).isEqualTo(new SearchIndex().script(after));
        assertThat(new String(again, StandardCharsets.UTF_8)).contains("New words about coffee.")
                .doesNotContain("Follow up after 7 days");
    }

    @Test
    void everyPageOfTheBuiltSiteHasTheSearchBoxAndTheSiteShipsLunrWithItsLicence() throws Exception {
        Path out = dir.resolve("site");
        GuideBuilder.build(BuildRequest.defaults().withContent(MINIMAL.resolve("content")).withSite(MINIMAL.resolve("site")), out);

        assertThat(Files.readString(out.resolve(SearchIndex.LUNR))).contains("lunr");
        assertThat(Files.readString(out.resolve(SearchIndex.LUNR_LICENSE))).contains("Oliver Nightingale")
                .contains("Permission is hereby granted");
        assertThat(parse(Files.readAllBytes(out.resolve(SearchIndex.INDEX))).get("docs").size()).isEqualTo(11);
        List<Path> pages = new ArrayList<>();
        try (var walk = Files.walk(out)) {
            walk.filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
        }
        assertThat(pages).hasSize(12);
        for (Path page : pages) {
            var doc = Jsoup.parse(page.toFile(), "UTF-8");
            var form = doc.selectFirst("form.site-search[role=search]");
            assertThat(form).as(page.toString()).isNotNull();
            assertThat(doc.selectFirst("label[for=site-search-input]").text()).isEqualTo("Search the guide");
            assertThat(doc.select("script[src$=js/search.js]")).hasSize(1);
            assertThat(doc.selectFirst(".search-status").attr("aria-live")).isEqualTo("polite");
        }
    }

    private static Content replaceFirstPage(Content content, Page page) {
        Section s = content.sections().get(0);
        List<Page> pages = new ArrayList<>(s.pages());
        pages.set(0, page);
        List<Section> sections = new ArrayList<>(content.sections());
        sections.set(0, new Section(s.slug(), s.url(), s.title(), s.order(), s.summary(), s.intro(), pages, s.source()));
        return new Content(content.home(), sections, content.categories(), content.questions(), content.templates(),
                content.etiquette(), content.faq());
    }
}
