package org.coffeechat.pdf;

import java.util.Objects;

/**
 * The four faces of a type family. A family without a bold or italic face uses its regular one
 * there (a missing bold is drawn bolder, a missing italic is slanted), so every family is complete.
 */
public record FontFamily(String name, Face regular, Face bold, Face italic, Face boldItalic) {

    public FontFamily {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regular, "regular");
        bold = bold == null ? regular : bold;
        italic = italic == null ? regular : italic;
        boldItalic = boldItalic == null ? (bold != regular ? bold : italic) : boldItalic;
    }

    /** The face for a weight and a style. */
    public Face face(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }
}
