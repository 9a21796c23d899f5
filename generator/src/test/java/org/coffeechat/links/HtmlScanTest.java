package org.coffeechat.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HtmlScanTest {

    @Test
    void findsLinksAndSourcesWithEitherQuoteAndDecodesEntities() {
        String html = "<a href=\"a.html?x=1&amp;y=2\">A</a> <img src='b.png' alt=\"\"> <script src=\"c.js\"></script>";
        assertEquals(List.of("a.html?x=1&y=2", "b.png", "c.js"), HtmlScan.links(html));
    }

    @Test
    void ignoresMarkupThatIsOnlyShownAsText() {
        String html = "<p>Write <code>&lt;a href=&quot;x.html&quot;&gt;</code> and data-href=\"y\"</p>";
        assertEquals(List.of(), HtmlScan.links(html));
    }

    @Test
    void collectsIds() {
        assertEquals(Set.of("main", "why-it-matters"), HtmlScan.ids("<main id=\"main\"><h2 id=\"why-it-matters\">Why</h2>"
                + "<div data-id=\"no\"></div></main>"));
    }
}
