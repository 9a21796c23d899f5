package org.coffeechat.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.LoadedSite;
import org.coffeechat.output.MemoryOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The curated content built into a guide website in memory, for reading as a student would. */
final class BuiltGuide {

    private final MemoryOutput files;
    private final String baseUrl;

    private BuiltGuide(MemoryOutput files, String baseUrl) {
        this.files = files;
        this.baseUrl = baseUrl.isEmpty() ? "https://guide.example/" : baseUrl;
    }

    /** Builds the curated content with the given site folder (its site.yaml), strictly: a warning fails. */
    static BuiltGuide build(Path siteDir) {
        MemoryOutput out = new MemoryOutput();
        BuildRequest request = BuildRequest.defaults().withContent(CuratedContent.folder()).withSite(siteDir).strict(true);
        LoadedSite loaded = GuideBuilder.load(request);
        GuideBuilder.render(loaded, out);
        return new BuiltGuide(out, loaded.config().baseUrl());
    }

    /** Builds the curated content for a site whose {@code guidance:} block holds {@code settings}. */
    static BuiltGuide withGuidance(Path tempDir, Map<String, Object> settings) {
        String yaml = "guidance: {" + settings.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + "}\n";
        try {
            Files.writeString(tempDir.resolve("site.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build(tempDir);
    }

    /** Where the site is published (ends with a slash); a placeholder when the site config gives none. */
    String baseUrl() {
        return baseUrl;
    }

    MemoryOutput files() {
        return files;
    }

    Document page(String path) {
        String html = files.text(path);
        if (html == null) {
            throw new AssertionError("the built site has no " + path + "; it has " + files.files().keySet());
        }
        return Jsoup.parse(html, baseUrl + path);
    }

    /** The visible text of a page's main content. */
    String text(String path) {
        Document doc = page(path);
        return (doc.selectFirst("main") != null ? doc.selectFirst("main") : doc.body()).text();
    }
}
