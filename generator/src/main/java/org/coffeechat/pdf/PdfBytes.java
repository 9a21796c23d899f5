package org.coffeechat.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing buffer of PDF content: operators, numbers written the same way in every locale (at
 * most three decimals, no exponent, at most {@link #LIMIT} in size), and literal strings with
 * their bytes escaped.
 */
final class PdfBytes {

    private byte[] buf;
    private int length;

    PdfBytes(int capacity) {
        buf = new byte[capacity];
    }

    int length() {
        return length;
    }

    byte[] array() {
        return buf;
    }

    void reset() {
        length = 0;
    }

    private void ensure(int more) {
        if (length + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
        }
    }

    PdfBytes raw(char c) {
        ensure(1);
        buf[length++] = (byte) c;
        return this;
    }

    PdfBytes raw(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            buf[length++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    PdfBytes raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, length, bytes.length);
        length += bytes.length;
        return this;
    }

    /** An operator after its operands: a space, the operator, a newline. */
    PdfBytes op(String operator) {
        ensure(operator.length() + 2);
        buf[length++] = ' ';
        for (int i = 0; i < operator.length(); i++) {
            buf[length++] = (byte) operator.charAt(i);
        }
        buf[length++] = '\n';
        return this;
    }

    /**
     * The largest magnitude written: a number beyond it is written as this limit with its sign,
     * and a number that is not a number as 0. PDF readers need not take integers beyond 2^31 - 1
     * (ISO 32000-1, annex C), and a drawing never needs points beyond a billion; an SVG picture's
     * own coordinates reach here unscaled, so a broken logo gives a wrong drawing, never a crash.
     */
    static final double LIMIT = 1e9;

    /** Room for a space, a sign, the ten digits of {@link #LIMIT}, a point and three decimals. */
    private static final int NUMBER_ROOM = 16;

    /** A number, preceded by a space unless it starts a line. */
    PdfBytes num(float value) {
        ensure(NUMBER_ROOM);
        if (length > 0 && buf[length - 1] != '\n') {
            buf[length++] = ' ';
        }
        double clamped = Double.isNaN(value) ? 0 : Math.max(-LIMIT, Math.min(LIMIT, value));
        long scaled = Math.round(clamped * 1000);
        if (scaled < 0) {
            buf[length++] = '-';
            scaled = -scaled;
        }
        long whole = scaled / 1000;
        int fraction = (int) (scaled % 1000);
        writeLong(whole);
        if (fraction != 0) {
            buf[length++] = '.';
            int digits = 3;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (int d = digits - 1; d >= 0; d--) {
                int p = 1;
                for (int k = 0; k < d; k++) {
                    p *= 10;
                }
                buf[length++] = (byte) ('0' + (fraction / p) % 10);
            }
        }
        return this;
    }

    private void writeLong(long v) {
        if (v >= 10) {
            writeLong(v / 10);
        }
        buf[length++] = (byte) ('0' + v % 10);
    }

    /** A name such as {@code /F1}, preceded by a space unless it starts a line. */
    PdfBytes name(String name) {
        if (length > 0 && buf[length - 1] != '\n') {
            raw(' ');
        }
        return raw('/').raw(name);
    }

    /** One byte inside a literal string, escaped where the PDF syntax needs it. */
    void literalByte(int b) {
        ensure(2);
        switch (b) {
            case '(', ')', '\\' -> {
                buf[length++] = '\\';
                buf[length++] = (byte) b;
            }
            case '\r' -> {
                buf[length++] = '\\';
                buf[length++] = 'r';
            }
            case '\n' -> {
                buf[length++] = '\\';
                buf[length++] = 'n';
            }
            default -> buf[length++] = (byte) b;
        }
    }

    @Override
    public String toString() {
        return new String(buf, 0, length, StandardCharsets.ISO_8859_1);
    }
}
