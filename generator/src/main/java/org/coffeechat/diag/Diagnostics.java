package org.coffeechat.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a run. Thread-safe: pages are checked in parallel. The list is
 * reported sorted by file, line and column, so the order never depends on thread timing.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void error(SourceLocation where, String message) {
        all.add(new Diagnostic(where, Diagnostic.Severity.ERROR, message));
    }

    public synchronized void warning(SourceLocation where, String message) {
        all.add(new Diagnostic(where, Diagnostic.Severity.WARNING, message));
    }

    public synchronized void addAll(Diagnostics other) {
        all.addAll(other.sorted());
    }

    public synchronized void addAll(java.util.Collection<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized boolean hasWarnings() {
        return all.stream().anyMatch(d -> !d.isError());
    }

    /** Every problem, sorted by location, without repeats. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
    }

    /** Throws {@link InvalidInputException} with every problem so far if any is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidInputException(sorted());
        }
    }
}
