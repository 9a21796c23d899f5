package org.coffeechat.pdf;

/**
 * A picture a page can show, such as a career centre's logo ({@link Pictures#read}): drawn into a
 * box, keeping its proportions.
 */
public sealed interface Picture permits Pictures.SvgPicture, Pictures.RasterPicture {

    /** Width divided by height. */
    float aspectRatio();
}
