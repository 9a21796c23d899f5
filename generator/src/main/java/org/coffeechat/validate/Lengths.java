package org.coffeechat.validate;

/** How message lengths are counted, the way a mail client or LinkedIn counts them. */
public final class Lengths {

    private Lengths() {
    }

    /** Words: runs of non-space characters. */
    public static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** Characters as a person counts them (code points, not UTF-16 units). */
    public static int characters(String text) {
        return text.strip().codePointCount(0, text.strip().length());
    }
}
