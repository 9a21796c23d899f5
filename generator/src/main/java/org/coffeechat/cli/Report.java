package org.coffeechat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.links.ExternalLink;

/** Prints problems the same way for every command. */
final class Report {

    private Report() {
    }

    static void warnings(PrintWriter err, List<Diagnostic> warnings) {
        warnings.forEach(err::println);
    }

    /** One line about the external links: how many, and whether they were checked. */
    static void externalLinks(PrintWriter out, List<ExternalLink> links, boolean checked) {
        if (links.isEmpty()) {
            return;
        }
        long checkable = links.stream().filter(ExternalLink::checkable).count();
        String count = links.size() + (links.size() == 1 ? " external link" : " external links");
        out.println(checked ? count + ": the " + checkable + " http(s) ones answer."
                : count + " (not checked: 'coffeechat links' lists them, --check-external checks them).");
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
