package org.coffeechat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfBytesTest {

    private static String written(float... values) {
        PdfBytes out = new PdfBytes(20);
        out.raw("xxxx");
        for (float v : values) {
            out.num(v);
        }
        return out.toString();
    }

    @Test
    void writesNumbersWithAtMostThreeDecimalsAndNoExponent() {
        assertEquals("xxxx 0 1.5 -0.25 12.346 100 0.001", written(0, 1.5f, -0.25f, 12.3456f, 100, 0.001f));
    }

    @Test
    void writesAHugeNumberAsTheLimitInsteadOfOverflowingTheBuffer() {
        // A logo's coordinates reach the content unscaled; this one used to throw
        // ArrayIndexOutOfBoundsException in a buffer of 20 bytes.
        assertEquals("xxxx -1000000000", written(-1.2345679e14f));
    }

    @Test
    void writesANumberBeyondWhatALongHoldsAsTheLimit() {
        // Math.round saturated at Long.MAX_VALUE and wrote digits that were no number at all.
        assertEquals("xxxx -1000000000 1000000000", written(-1e16f, 3e38f));
    }

    @Test
    void writesInfinitiesAsTheLimitAndNotANumberAsZero() {
        assertEquals("xxxx 1000000000 -1000000000 0",
                written(Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN));
    }

    @Test
    void growsWhenManyLargeNumbersFollowEachOther() {
        PdfBytes out = new PdfBytes(1);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            out.num(-999999999.5f);
            expected.append(i == 0 ? "" : " ").append("-1000000000");
        }
        assertEquals(expected.toString(), out.toString());
    }
}
