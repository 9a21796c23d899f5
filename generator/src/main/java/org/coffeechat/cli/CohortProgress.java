package org.coffeechat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.coffeechat.build.CohortListener;
import org.coffeechat.diag.Diagnostic;

/**
 * Shows a cohort build as it goes: on a terminal, one progress bar line redrawn in place with the
 * problems of a failed profile printed above it; elsewhere (a CI log, a pipe), one plain line per
 * profile.
 */
final class CohortProgress implements CohortListener {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private int total;
    private int done;
    private int failed;

    CohortProgress(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int profiles) {
        total = profiles;
        if (terminal) {
            bar();
        }
    }

    @Override
    public void rendered(String profile, String output, List<Diagnostic> warnings) {
        done++;
        if (terminal) {
            if (!warnings.isEmpty()) {
                clear();
                warnings.forEach(err::println);
            }
            bar();
        } else {
            warnings.forEach(err::println);
            out.println("[" + done + "/" + total + "] " + profile + " -> " + output);
            out.flush();
        }
    }

    @Override
    public void failed(String profile, List<Diagnostic> problems) {
        done++;
        failed++;
        if (terminal) {
            clear();
        }
        problems.forEach(err::println);
        err.println(profile + ": not rendered (" + problems.stream().filter(Diagnostic::isError).count()
                + (problems.stream().filter(Diagnostic::isError).count() == 1 ? " error)" : " errors)"));
        err.flush();
        if (terminal) {
            bar();
        } else {
            out.println("[" + done + "/" + total + "] " + profile + " FAILED");
            out.flush();
        }
    }

    /** Ends the bar's line so the summary starts on a line of its own. */
    void finish() {
        if (terminal) {
            err.println();
            err.flush();
        }
    }

    private void clear() {
        err.print("\r\033[K");
    }

    private void bar() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        StringBuilder b = new StringBuilder("\r[");
        b.append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                .append(done).append('/').append(total);
        if (failed > 0) {
            b.append("  ").append(failed).append(" failed");
        }
        err.print(b);
        err.flush();
    }
}
