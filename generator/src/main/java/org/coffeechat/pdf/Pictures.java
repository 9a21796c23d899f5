package org.coffeechat.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.w3c.dom.Element;

/**
 * Reads the pictures a packet shows (a career centre's logo): SVG, drawn as vectors by
 * {@link SvgPainter} with the built-in fonts, or PNG and JPEG, embedded as images.
 */
public final class Pictures {

    private Pictures() {
    }

    /** A file that is not a picture coffeechat can draw. */
    public static final class PictureException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PictureException(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code bytes}, an SVG, PNG or JPEG file named {@code name}.
     *
     * @throws PictureException when the file is none of these or is damaged
     */
    public static Picture read(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg")) {
            return svg(name, bytes);
        }
        if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return raster(name, bytes);
        }
        throw new PictureException(name + " is not an SVG, PNG or JPEG picture");
    }

    private static Picture svg(String name, byte[] bytes) {
        Element svg = new W3CDom().fromJsoup(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "",
                Parser.xmlParser().setTrackPosition(true))).getDocumentElement();
        if (svg == null || !SvgStyle.localName(svg).equals("svg")) {
            throw new PictureException(name + " is not an SVG picture (its root element is not <svg>)");
        }
        List<Double> box = SvgPainter.numbers(SvgStyle.attribute(svg, "viewBox"));
        Map<String, String> none = Map.of();
        double ownWidth = SvgPainter.parseLength(SvgStyle.attribute(svg, "width"), -1, -1, none);
        double ownHeight = SvgPainter.parseLength(SvgStyle.attribute(svg, "height"), -1, -1, none);
        double[] viewBox = box.size() == 4 && box.get(2) > 0 && box.get(3) > 0
                ? new double[] {box.get(0), box.get(1), box.get(2), box.get(3)}
                : new double[] {0, 0, ownWidth > 0 ? ownWidth : 300, ownHeight > 0 ? ownHeight : 150};
        return new SvgPicture(svg, viewBox);
    }

    private static Picture raster(String name, byte[] bytes) {
        Image image;
        try {
            image = Image.getInstance(bytes);
        } catch (IOException | RuntimeException e) {
            throw new PictureException(name + " is not a PNG or JPEG picture coffeechat can read");
        }
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new PictureException(name + " is an empty picture");
        }
        return new RasterPicture(image);
    }

    /**
     * An SVG document, painted as vectors into its box, centred, as a browser does by default;
     * its style sheets and its elements by id are read once, however many pages show it.
     */
    static final class SvgPicture implements Picture {
        private final Element svg;
        private final double[] viewBox;
        private final SvgStyle style;
        private final Map<String, Element> ids;
        private final List<String> unsupported;

        /** The picture whose root element is {@code svg}, its style sheets and ids read from it. */
        SvgPicture(Element svg, double[] viewBox) {
            this.svg = svg;
            this.viewBox = viewBox.clone();
            this.style = SvgStyle.of(svg);
            this.ids = SvgPainter.ids(svg);
            this.unsupported = SvgSupport.unsupported(svg, style, ids);
        }

        @Override
        public List<String> unsupported() {
            return unsupported;
        }

        @Override
        public float aspectRatio() {
            return (float) (viewBox[2] / viewBox[3]);
        }

        /** Draws into the box whose lower left corner is ({@code x}, {@code y}) in PDF coordinates (y up). */
        void draw(ContentStream cb, float x, float y, float width, float height) {
            // From the box (PDF points, y up) into the view box (y down).
            AffineTransform m = new AffineTransform(1, 0, 0, -1, x, y + height);
            double s = Math.min(width / viewBox[2], height / viewBox[3]);
            m.translate((width - viewBox[2] * s) / 2, (height - viewBox[3] * s) / 2);
            m.scale(s, s);
            m.translate(-viewBox[0], -viewBox[1]);
            double[] a = new double[6];
            m.getMatrix(a);
            cb.transform((float) a[0], (float) a[1], (float) a[2], (float) a[3], (float) a[4], (float) a[5]);
            cb.rectangle((float) viewBox[0], (float) viewBox[1], (float) viewBox[2], (float) viewBox[3]);
            cb.clip();
            new SvgPainter(cb, style, ids, viewBox[2], viewBox[3]).paintRoot(svg);
        }
    }

    /** A PNG or JPEG image, embedded by OpenPDF and scaled into its box. */
    record RasterPicture(Image image) implements Picture {

        @Override
        public List<String> unsupported() {
            return List.of();
        }

        @Override
        public float aspectRatio() {
            return image.getWidth() / image.getHeight();
        }

        /** Draws into the box whose lower left corner is ({@code x}, {@code y}) in PDF coordinates (y up). */
        void draw(PdfContentByte cb, float x, float y, float width, float height) {
            float s = Math.min(width / image.getWidth(), height / image.getHeight());
            float w = image.getWidth() * s;
            float h = image.getHeight() * s;
            try {
                cb.addImage(image, w, 0, 0, h, x + (width - w) / 2, y + (height - h) / 2);
            } catch (DocumentException e) {
                throw new IllegalStateException("OpenPDF refused the image: " + e.getMessage(), e);
            }
        }
    }
}
