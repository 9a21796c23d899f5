package org.coffeechat.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FitTest {

    @Test
    void shortensWithAnEllipsisAndNeverSplitsASurrogatePair() {
        assertEquals("Priya\u2026", Fit.shortened("Priya Raman", 6));
        // "\uD83D\uDE00" is one character (an emoji) written as two chars: cutting after the first would
        // leave half of it, which no font can draw.
        assertEquals("ab\u2026", Fit.shortened("ab\uD83D\uDE00cd", 3));
        assertEquals("ab\uD83D\uDE00\u2026", Fit.shortened("ab\uD83D\uDE00cd", 4));
    }
}
