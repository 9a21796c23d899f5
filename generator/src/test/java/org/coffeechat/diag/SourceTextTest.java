package org.coffeechat.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static final SourceLocation START = new SourceLocation("f.yaml", 3, 11);

    private static SourceLocation locate(String written, String value, String part, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = value.indexOf(part, at + 1);
        }
        return new SourceText(START, written).locate(value, at, part.length());
    }

    @Test
    void locatesAPartOfAValueOnOneLineByItsColumn() {
        assertThat(locate("Ask {compnay} now", "Ask {compnay} now", "{compnay}", 0))
                .isEqualTo(new SourceLocation("f.yaml", 3, 15));
    }

    @Test
    void locatesAPartOfAQuotedValueAfterItsQuoteAndEscapes() {
        assertThat(locate("\"A\\tB {x}\"", "A\tB {x}", "{x}", 0)).isEqualTo(new SourceLocation("f.yaml", 3, 17));
    }

    @Test
    void locatesAPartOfABlockOnItsOwnLine() {
        String written = "|  # about {x}\n  first {x}\n\n  then {x} again\n";
        String value = "first {x}\n\nthen {x} again\n";

        assertThat(locate(written, value, "{x}", 0)).isEqualTo(new SourceLocation("f.yaml", 4, 9));
        assertThat(locate(written, value, "{x}", 1)).isEqualTo(new SourceLocation("f.yaml", 6, 8));
    }

    @Test
    void locatesAPartOfAFoldedPlainValueOnItsContinuationLine() {
        assertThat(locate("plain text\r\n   continued {v}", "plain text continued {v}", "{v}", 0))
                .isEqualTo(new SourceLocation("f.yaml", 4, 14));
    }

    @Test
    void fallsBackToTheStartWhenThePartIsNotWrittenAsItReads() {
        assertThat(locate("\"\\x7bx}\"", "{x}", "{x}", 0)).isEqualTo(START);
        assertThat(SourceText.at(START).locate("a {x}", 2, 3)).isEqualTo(START);
    }
}
