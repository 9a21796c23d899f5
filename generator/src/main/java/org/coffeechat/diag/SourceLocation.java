package org.coffeechat.diag;

import java.util.Comparator;
import java.util.Objects;

/** A place in a user's file: a display path and a 1-based line and column (0 when unknown). */
public record SourceLocation(String path, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator
            .comparing(SourceLocation::path)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(path, "path");
    }

    /** The start of a file, for problems that concern the file as a whole. */
    public static SourceLocation file(String path) {
        return new SourceLocation(path, 1, 1);
    }

    /** The same file, {@code lines} lines further down (for text embedded in a file, such as a Markdown body). */
    public SourceLocation down(int lines, int newColumn) {
        return new SourceLocation(path, line + lines, newColumn);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
