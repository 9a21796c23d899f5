package org.coffeechat.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a character of a text stands in the file the text was read from. */
class SourceLocationTest {

    private static final SourceLocation START = new SourceLocation("content/outreach.yaml", 4, 9);

    @Test
    void aCharacterOnTheFirstLineIsCountedFromTheTextsColumn() {
        assertThat(START.inWritten("Hi {name}", 3)).isEqualTo(new SourceLocation("content/outreach.yaml", 4, 12));
        assertThat(START.inValue("Hi {name}", 3)).isEqualTo(new SourceLocation("content/outreach.yaml", 4, 12));
    }

    @Test
    void aCharacterOnALaterLineIsCountedFromThatLinesStart() {
        assertThat(START.inWritten("Hi\n  {name}", 5)).isEqualTo(new SourceLocation("content/outreach.yaml", 5, 3));
        assertThat(START.inWritten("Hi\r\n  {name}", 6)).isEqualTo(new SourceLocation("content/outreach.yaml", 5, 3));
        assertThat(START.inValue("Hi\n  {name}", 5)).isEqualTo(new SourceLocation("content/outreach.yaml", 5, 3));
    }

    @Test
    void aLoneCarriageReturnEndsALineOfTheFileButNotOfAValue() {
        assertThat(START.inWritten("Hi\r{name}", 3)).isEqualTo(new SourceLocation("content/outreach.yaml", 5, 1));
        assertThat(START.inValue("Hi\r{name}", 3)).isEqualTo(new SourceLocation("content/outreach.yaml", 4, 12));
    }
}
