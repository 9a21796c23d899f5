package org.coffeechat.diag;

import java.util.Comparator;
import java.util.Objects;

/** One problem in a user's file. Printed as {@code path:line:col: message}. */
public record Diagnostic(SourceLocation location, Severity severity, String message) implements Comparable<Diagnostic> {

    /** How bad a problem is: an error stops the build, a warning does not (unless strict). */
    public enum Severity { ERROR, WARNING }

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return location + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
