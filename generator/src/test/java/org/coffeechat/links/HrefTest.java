package org.coffeechat.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HrefTest {

    @Test
    void resolvesRelativeLinksAgainstThePageFolder() {
        assertEquals(new Href("../../questions/index.html#ask", Href.Kind.INTERNAL, "questions/index.html", "ask"),
                Href.resolve("steps/a/b.html", "../../questions/index.html#ask", ""));
        assertEquals(new Href("c.html", Href.Kind.INTERNAL, "steps/a/c.html", ""), Href.resolve("steps/a/b.html", "c.html", ""));
    }

    @Test
    void aFolderLinkMeansItsIndexPage() {
        assertEquals("steps/index.html", Href.resolve("index.html", "steps/", "").target());
        assertEquals("index.html", Href.resolve("steps/index.html", "../", "").target());
    }

    @Test
    void anAnchorAloneStaysOnThePage() {
        assertEquals(new Href("#main", Href.Kind.INTERNAL, "faq/index.html", "main"), Href.resolve("faq/index.html", "#main", ""));
    }

    @Test
    void dropsTheQueryAndDecodesEscapes() {
        assertEquals("files/my handout.pdf", Href.resolve("index.html", "files/my%20handout.pdf?v=2", "").target());
    }

    @Test
    void tellsExternalRootAbsoluteAndEscapingLinksApart() {
        assertEquals(Href.Kind.EXTERNAL, Href.resolve("index.html", "HTTPS://example.edu/x", "").kind());
        assertEquals(Href.Kind.EXTERNAL, Href.resolve("index.html", "mailto:a@example.edu", "").kind());
        assertEquals(Href.Kind.EXTERNAL, Href.resolve("index.html", "//cdn.example.com/x.js", "").kind());
        assertEquals(Href.Kind.OTHER, Href.resolve("index.html", "javascript:void(0)", "").kind());
        assertEquals(Href.Kind.ROOT_ABSOLUTE, Href.resolve("faq/index.html", "/faq/", "").kind());
        assertEquals(Href.Kind.OUTSIDE, Href.resolve("faq/index.html", "../../x.html", "").kind());
    }

    @Test
    void theNotFoundPageMayLinkFromTheSitePathOnItsHost() {
        assertEquals(new Href("/guide/steps/", Href.Kind.INTERNAL, "steps/index.html", ""),
                Href.resolve("404.html", "/guide/steps/", "/guide/"));
        assertEquals(Href.Kind.ROOT_ABSOLUTE, Href.resolve("404.html", "/other/steps/", "/guide/").kind());
    }
}
