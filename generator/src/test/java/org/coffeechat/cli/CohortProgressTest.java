package org.coffeechat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.junit.jupiter.api.Test;

/** The cohort's progress: a bar redrawn in place on a terminal, one line per profile elsewhere. */
class CohortProgressTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CohortProgress progress(boolean terminal) {
        return new CohortProgress(new PrintWriter(out), new PrintWriter(err), terminal);
    }

    private static List<Diagnostic> problem() {
        Diagnostics d = new Diagnostics();
        d.error(new SourceLocation("bad.yaml", 3, 5), "unknown status 'sent'");
        return d.sorted();
    }

    @Test
    void onATerminalRedrawsOneBarAndPrintsAFailedProfilesProblemsAboveIt() {
        CohortProgress p = progress(true);
        p.started(4);
        p.rendered("a.yaml", "a.pdf", List.of());
        p.failed("bad.yaml", problem());
        p.rendered("c.yaml", "c.pdf", List.of());
        p.rendered("d.yaml", "d.pdf", List.of());
        p.finish();

        assertEquals("", out.toString(), "nothing goes to standard output on a terminal");
        String shown = err.toString();
        assertTrue(shown.startsWith("\r[..............................] 0/4"), shown);
        assertTrue(shown.contains("\r[#######.......................] 1/4"), shown);
        // The bar's line is cleared, the problems printed on lines of their own, then the bar drawn again.
        assertTrue(shown.contains("\r\033[Kbad.yaml:3:5: unknown status 'sent'" + System.lineSeparator()
                + "bad.yaml: not rendered (1 error)" + System.lineSeparator()
                + "\r[###############...............] 2/4  1 failed"), shown);
        assertTrue(shown.endsWith("\r[##############################] 4/4  1 failed" + System.lineSeparator()), shown);
    }

    @Test
    void elsewherePrintsOnePlainLinePerProfileAndNoControlCharacters() {
        CohortProgress p = progress(false);
        p.started(2);
        p.rendered("a.yaml", "a.pdf", List.of());
        p.failed("bad.yaml", problem());
        p.finish();

        String nl = System.lineSeparator();
        assertEquals("[1/2] a.yaml -> a.pdf" + nl + "[2/2] bad.yaml FAILED" + nl, out.toString());
        assertEquals("bad.yaml:3:5: unknown status 'sent'" + nl + "bad.yaml: not rendered (1 error)" + nl, err.toString());
    }
}
