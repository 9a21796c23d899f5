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

    /**
     * Where the character at {@code offset} of {@code text} stands, {@code text} being written in the
     * file from this location on, its lines ended by {@code \n}, {@code \r\n} or a lone {@code \r}
     * as a file's are (the reader counts a file's lines so).
     */
    public SourceLocation inWritten(String text, int offset) {
        return at(text, offset, true);
    }

    /**
     * Where the character at {@code offset} of {@code text} stands, {@code text} being a value read
     * from the file from this location on, whose line breaks are all {@code \n} (a {@code \r} in it
     * was written as an escape, not as a line break).
     */
    public SourceLocation inValue(String text, int offset) {
        return at(text, offset, false);
    }

    private SourceLocation at(String text, int offset, boolean loneCrEndsLine) {
        int lines = 0;
        int lineStart = -1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (loneCrEndsLine && c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
                lineStart = i;
            }
        }
        return lines == 0 ? new SourceLocation(path, line, column + offset) : down(lines, offset - lineStart);
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
