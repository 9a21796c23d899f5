package org.coffeechat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;

/** Prints problems the same way for every command. */
final class Report {

    private Report() {
    }

    static void warnings(PrintWriter err, List<Diagnostic> warnings) {
        warnings.forEach(err::println);
    }

    static int invalid(PrintWriter err, InvalidInputException e) {
        e.diagnostics().forEach(err::println);
        long errors = e.errorCount();
        long warnings = e.diagnostics().size() - errors;
        err.println(errors + (errors == 1 ? " error" : " errors")
                + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "")
                + "; nothing was written.");
        return Main.INVALID;
    }
}
