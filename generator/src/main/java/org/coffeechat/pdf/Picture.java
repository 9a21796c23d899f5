package org.coffeechat.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import java.util.Map;

/** A picture a page can show, such as a career centre's logo: drawn into a box, keeping its proportions. */
public interface Picture {

    /** Width divided by height. */
    float aspectRatio();

    /**
     * Draws the picture into the box whose lower left corner is ({@code x}, {@code y}) in PDF
     * coordinates (y up).
     *
     * @param states transparency states already made for this document, keyed by their alphas
     */
    void draw(PdfContentByte cb, float x, float y, float width, float height, Map<Long, PdfGState> states);
}
