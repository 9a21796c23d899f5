package org.coffeechat.diag;

import java.util.Objects;

/**
 * A text value as it is written in its file: where it starts and the characters written there
 * (quotes, escapes, a block's indicator and indentation). Lets a problem in part of the value,
 * such as one {@code {placeholder}}, be reported where that part stands rather than where the
 * value starts.
 *
 * @param start   where the value's first written character stands
 * @param written the value as written in the file, or empty when unknown
 */
public record SourceText(SourceLocation start, String written) {

    public SourceText {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(written, "written");
    }

    /** A value whose written form is unknown: every part of it is located at {@code start}. */
    public static SourceText at(SourceLocation start) {
        return new SourceText(start, "");
    }

    /**
     * Where the part {@code value[offset, offset + length)} of the value read from this text stands.
     * The part is found among the written characters by its occurrence: the n-th time it occurs in
     * the value is the n-th time it is written. That holds for every YAML style as long as the part
     * holds no space, line break, quote or escape (folding and escapes change only those), as a
     * placeholder such as {@code {company}} does not; otherwise, and when the written form is
     * unknown, the start of the value is returned.
     */
    public SourceLocation locate(String value, int offset, int length) {
        String part = value.substring(offset, offset + length);
        if (part.isEmpty()) {
            return start;
        }
        int occurrence = 0;
        for (int i = value.indexOf(part); i >= 0 && i < offset; i = value.indexOf(part, i + 1)) {
            occurrence++;
        }
        // A block scalar's first line holds only its indicator (and perhaps a comment), never the value.
        int from = written.startsWith("|") || written.startsWith(">") ? Math.max(0, written.indexOf('\n')) : 0;
        int at = written.indexOf(part, from);
        for (int n = 0; n < occurrence && at >= 0; n++) {
            at = written.indexOf(part, at + 1);
        }
        if (at < 0) {
            return start;
        }
        return start.inWritten(written, at);
    }
}
