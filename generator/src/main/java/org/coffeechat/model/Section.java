package org.coffeechat.model;

import java.util.List;
import org.coffeechat.diag.SourceLocation;

/** A folder of guide pages, in page order. {@code slug} is its address ({@code 01-prepare} gives {@code prepare}). */
public record Section(String slug, String url, String title, int order, String summary, RenderedMarkdown intro,
                      List<Page> pages, SourceLocation source) {
    public Section {
        pages = List.copyOf(pages);
    }
}
