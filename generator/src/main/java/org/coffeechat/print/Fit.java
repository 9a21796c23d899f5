package org.coffeechat.print;

import org.coffeechat.pdf.TextLayout;
import org.coffeechat.pdf.TextLayout.Line;
import org.coffeechat.pdf.TextStyle;

/** Shortening text that must stay on one line (a name in the timeline, the running header). */
final class Fit {

    private static final String ELLIPSIS = "\u2026";

    private Fit() {
    }

    /** {@code text} as one line no wider than {@code width}: whole if it fits, else cut with an ellipsis. */
    static Line ellipsize(TextLayout layout, String text, TextStyle style, float width) {
        Line whole = layout.line(text, style);
        if (whole.width() <= width) {
            return whole;
        }
        return layout.line(cut(layout, text, style, width), style);
    }

    /** The longest start of {@code text} that, with an ellipsis, fits in {@code width}. */
    static String cut(TextLayout layout, String text, TextStyle style, float width) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (layout.line(shortened(text, mid), style).width() <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return shortened(text, low);
    }

    /** The first {@code length} characters of {@code text} and an ellipsis, never half a surrogate pair. */
    static String shortened(String text, int length) {
        int end = length;
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
