package org.coffeechat.model;

import java.util.List;

/** Markdown rendered to HTML, with its headings and links kept for navigation and link checks. */
public record RenderedMarkdown(Html html, List<Heading> headings, List<Link> links) {
    public RenderedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    public static RenderedMarkdown empty() {
        return new RenderedMarkdown(new Html(""), List.of(), List.of());
    }

    /**
     * The text a reader sees, for a search index: computed from the HTML when asked (builds that
     * need no text pay nothing), see {@link Html#text()}.
     */
    public String plainText() {
        return html.text();
    }
}
