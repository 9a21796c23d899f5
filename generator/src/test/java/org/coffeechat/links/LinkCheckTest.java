package org.coffeechat.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.BuildResult;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.diag.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links end to end. The exact messages for broken links and anchors are the invalid fixtures
 * {@code sites/invalid/broken-links-and-anchors} and {@code broken-template-links} (see InvalidSitesTest).
 */
class LinkCheckTest {

    private static final Path MINIMAL = Fixtures.site("minimal");

    @TempDir
    Path out;

    @Test
    void contentMayLinkToAnchorsThatTheThemeWrites() throws IOException {
        Path content = out.resolve("content");
        Fixtures.copyTree(MINIMAL.resolve("content"), content);
        Files.writeString(content.resolve("home.md"), """
                ---
                title: Minimal guide
                summary: A tiny guide used by the tests.
                ---
                See [the variables](/outreach/#variables) and [the tools](/#tools).
                """);

        BuildResult result = GuideBuilder.build(BuildRequest.defaults().withContent(content), out.resolve("site"));

        assertEquals(List.of(), result.warnings());
    }

    @Test
    void listsEveryExternalLinkWithTheLinesItIsWrittenOnWithoutCallingTheNetwork() throws IOException {
        Path content = out.resolve("content");
        Fixtures.copyTree(MINIMAL.resolve("content"), content);
        Path site = out.resolve("site-folder");
        Fixtures.copyTree(MINIMAL.resolve("site"), site);
        Files.writeString(content.resolve("steps/02-next/third.md"), """
                ---
                title: Third step
                order: 1
                summary: The end.
                ---
                Read [the handbook](https://handbook.invalid/chats) and
                [the handbook again](https://handbook.invalid/chats), or [write to us](mailto:careers@example.edu).
                """);
        Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml"))
                + "navigation:\n  - title: Appointments\n    url: https://appointments.invalid/book\n");

        BuildResult result = GuideBuilder.build(BuildRequest.defaults().withContent(content).withSite(site), out.resolve("out"));

        String third = content.resolve("steps/02-next/third.md").toString();
        assertEquals(List.of(
                new ExternalLink("https://appointments.invalid/book", List.of(new SourceLocation(site + "/site.yaml", 11, 5))),
                new ExternalLink("https://handbook.invalid/chats", List.of(new SourceLocation(third, 6, 6),
                        new SourceLocation(third, 7, 1))),
                new ExternalLink("mailto:careers@example.edu", List.of(new SourceLocation(third, 7, 58)))),
                result.externalLinks());
    }
}
