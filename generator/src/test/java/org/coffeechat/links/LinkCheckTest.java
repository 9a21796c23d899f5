package org.coffeechat.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.BuildResult;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixture sites with broken links, built end to end: the exact messages a user sees. */
class LinkCheckTest {

    private static final Path SITES = Path.of("src/test/resources/sites");
    private static final Path MINIMAL = SITES.resolve("minimal");

    @TempDir
    Path out;

    @Test
    void reportsEveryBrokenContentLinkAndAnchorAtItsLine() {
        Path fixture = SITES.resolve("invalid/broken-links");
        BuildRequest request = BuildRequest.defaults().withContent(fixture.resolve("content")).withSite(fixture.resolve("site"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GuideBuilder.build(request, out.resolve("site")));

        String at = fixture + "/";
        assertEquals(List.of(
                at + "content/faq.yaml:5:23: broken link '/steps/01-start/third.md': there is no such page",
                at + "content/home.md:5:78: broken link '/questions/#carrer-path': the page has no anchor "
                        + "'#carrer-path'; did you mean 'career-path'?",
                at + "content/steps/01-start/first.md:9:35: broken link 'second.md#detals': the page has no anchor "
                        + "'#detals'; did you mean 'details'?",
                at + "content/steps/01-start/first.md:10:5: broken link 'missing.md': there is no such page",
                at + "site/site.yaml:11:5: navigation link '/faq/#how-lng': the page has no anchor '#how-lng'; "
                        + "did you mean 'how-long'?",
                at + "site/site.yaml:13:5: navigation link '/contact/' points to no page (use /, /steps/, /questions/, "
                        + "/etiquette/, /outreach/, /faq/ or a full https:// address)"),
                messages(e));
        assertEquals(false, Files.exists(out.resolve("site")), "nothing is written");
    }

    @Test
    void reportsBrokenLinksThatTemplatesWriteAtTheTemplateLine() {
        Path fixture = SITES.resolve("invalid/broken-template-links");
        BuildRequest request = BuildRequest.defaults().withContent(MINIMAL.resolve("content")).withSite(fixture.resolve("site"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GuideBuilder.build(request, out.resolve("site")));

        String home = fixture + "/site/templates/home.ftlh";
        assertEquals(List.of(
                home + ":5:28: broken link to 'contact.html' (on index.html): there is no such page or file in the site",
                home + ":6:28: broken link to 'questions/index.html#carrer-path' (on index.html): the page has no anchor "
                        + "'#carrer-path'; did you mean 'career-path'?",
                home + ":7:16: link '/faq/index.html' (on index.html) starts with '/', so it breaks when the guide is "
                        + "opened from a folder or hosted under a sub-path; start it with ${site.root} instead",
                home + ":8:31: broken link '../elsewhere.html' (on index.html): it leads out of the site's folder",
                home + ":9:16: broken link to 'index.html#the-guide' (on index.html): the page has no anchor '#the-guide'",
                fixture + "/site/templates/step.ftlh:18:52: broken link to 'glossary.html' (on steps/next/third.html and 2 "
                        + "more pages): there is no such page or file in the site"),
                messages(e));
        assertEquals(false, Files.exists(out.resolve("site")), "nothing is written");
    }

    @Test
    void validateFindsTheBrokenLinksOfTemplatesToo() {
        Path fixture = SITES.resolve("invalid/broken-template-links");
        BuildRequest request = BuildRequest.defaults().withContent(MINIMAL.resolve("content")).withSite(fixture.resolve("site"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GuideBuilder.validate(request));

        assertEquals(6, e.errorCount());
    }

    @Test
    void contentMayLinkToAnchorsThatTheThemeWrites() throws IOException {
        Path content = copy(MINIMAL.resolve("content"), out.resolve("content"));
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
        Path content = copy(MINIMAL.resolve("content"), out.resolve("content"));
        Path site = copy(MINIMAL.resolve("site"), out.resolve("site-folder"));
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

    private static List<String> messages(InvalidInputException e) {
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
