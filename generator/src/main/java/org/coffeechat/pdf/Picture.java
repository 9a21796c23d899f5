package org.coffeechat.pdf;

/**
 * A picture a page can show, such as a career centre's logo ({@link Pictures#read}): drawn into a
 * box, keeping its proportions.
 */
public sealed interface Picture permits Pictures.SvgPicture, Pictures.RasterPicture {

    /** Width divided by height. */
    float aspectRatio();

    /**
     * What the picture uses that the packet cannot draw as a browser would, each with its line
     * ({@code <mask> (line 12)}); a picture with any is not drawn. Empty for PNG and JPEG.
     */
    java.util.List<String> unsupported();
}
