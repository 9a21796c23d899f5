package org.coffeechat.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * What the fuzz tests demand of every problem reported for a user's file: a line and a column
 * that exist in that file (both from 1; the column may stand just after the line's last character).
 */
public final class Placed {

    private Placed() {
    }

    /**
     * Checks every diagnostic: line and column at least 1, and inside the text when its file is one
     * of {@code files} (display path to text). Lines end at LF, CRLF or a lone CR, as in YAML and Markdown.
     */
    public static void assertWithinTheirFiles(List<Diagnostic> diagnostics, Map<String, String> files) {
        for (Diagnostic d : diagnostics) {
            SourceLocation at = d.location();
            assertThat(at.line()).as("line of %s", d).isGreaterThanOrEqualTo(1);
            assertThat(at.column()).as("column of %s", d).isGreaterThanOrEqualTo(1);
            String text = files.get(at.path());
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\r\n|\r|\n", -1);
            assertThat(at.line()).as("line of %s in a file of %d lines", d, lines.length).isLessThanOrEqualTo(lines.length);
            String line = lines[at.line() - 1];
            assertThat(at.column()).as("column of %s on a line of %d characters", d, line.length())
                    .isLessThanOrEqualTo(line.length() + 1);
        }
    }

    /** {@link #assertWithinTheirFiles} for one file. */
    public static void assertWithin(Diagnostics problems, String path, String text) {
        assertWithinTheirFiles(problems.sorted(), Map.of(path, text));
    }
}
