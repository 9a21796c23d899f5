package org.coffeechat.build;

import java.util.List;
import org.coffeechat.diag.Diagnostic;

/** What a build wrote: the number of pages and other files, and the warnings it gave. */
public record BuildResult(int pages, int files, List<Diagnostic> warnings) {
    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
