package org.coffeechat.build;

import java.util.List;
import org.coffeechat.diag.Diagnostic;

/**
 * Hears how a cohort build goes, for a progress bar or a log. Calls come from the rendering
 * threads, one at a time.
 */
public interface CohortListener {

    /** Before the first packet: how many profiles this run (this shard) will render. */
    void started(int profiles);

    /** A packet was written, as {@code output} (a path inside the output folder). */
    void rendered(String profile, String output, List<Diagnostic> warnings);

    /** A profile could not be rendered; the others go on. */
    void failed(String profile, List<Diagnostic> problems);

    /** Hears nothing. */
    CohortListener SILENT = new CohortListener() {
        @Override
        public void started(int profiles) {
        }

        @Override
        public void rendered(String profile, String output, List<Diagnostic> warnings) {
        }

        @Override
        public void failed(String profile, List<Diagnostic> problems) {
        }
    };
}
