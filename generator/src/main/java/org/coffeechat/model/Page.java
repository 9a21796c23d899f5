package org.coffeechat.model;

import java.util.Optional;
import org.coffeechat.diag.SourceLocation;

/** One page of the guide (a step). {@code url} is where it is written, relative to the site root. */
public record Page(String url, String title, int order, String summary, Optional<Phase> phase,
                   RenderedMarkdown body, SourceLocation source) {
}
