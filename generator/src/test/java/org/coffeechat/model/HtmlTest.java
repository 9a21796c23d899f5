package org.coffeechat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void textDropsTagsAndCollapsesWhiteSpace() {
        Html html = new Html("<h2 id=\"a\">Why</h2>\n<p>Ask <strong>one</strong>\nquestion.</p>\n<ul>\n<li>a</li>\n</ul>\n");
        assertEquals("Why Ask one question. a", html.text());
    }

    @Test
    void textDecodesTheEntitiesCoffeechatWrites() {
        assertEquals("a < b > c \"d\" 'e' & f &amp; g",
                new Html("<p>a &lt; b &gt; c &quot;d&quot; &#39;e&#39; &amp; f &amp;amp; g</p>").text());
    }

    @Test
    void tagsBetweenWordsSeparateThem() {
        assertEquals("one two", new Html("<td>one</td><td>two</td>").text());
    }

    @Test
    void aLoneAngleBracketIsText() {
        assertEquals("a <> b <", new Html("a <> b <").text());
    }

    @Test
    void emptyMarkupHasNoText() {
        assertEquals("", new Html("").text());
        assertEquals("", new Html("<p> </p>\n").text());
    }
}
