package org.coffeechat.build;

import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.links.ExternalLink;

/**
 * What a build wrote: the number of pages and other files, and the warnings it gave.
 *
 * @param externalLinks every external address of the site and where it is written (not checked unless asked)
 */
public record BuildResult(int pages, int files, List<Diagnostic> warnings, List<ExternalLink> externalLinks) {
    public BuildResult {
        warnings = List.copyOf(warnings);
        externalLinks = List.copyOf(externalLinks);
    }
}
