package org.coffeechat.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

/** An SVG picture in the layout: sized like an image, painted as vectors by {@link SvgPainter}. */
final class SvgReplacedElement implements ITextReplacedElement {

    private final Element svg;
    private final double[] viewBox;
    private final int width;
    private final int height;
    private final Map<Long, PdfGState> states;
    private Point location = new Point(0, 0);

    private SvgReplacedElement(Element svg, double[] viewBox, int width, int height, Map<Long, PdfGState> states) {
        this.svg = svg;
        this.viewBox = viewBox;
        this.width = width;
        this.height = height;
        this.states = states;
    }

    /**
     * Sizes {@code svg} as CSS sizes a replaced element: the CSS width and height when given
     * (one of them alone keeps the picture's proportions), else the picture's own width and height,
     * else its view box, in CSS pixels.
     */
    static SvgReplacedElement of(Element svg, int cssWidth, int cssHeight, int dotsPerPixel, Map<Long, PdfGState> states) {
        List<Double> box = SvgPainter.numbers(SvgStyle.attribute(svg, "viewBox"));
        Map<String, String> none = Map.of();
        double ownWidth = SvgPainter.parseLength(SvgStyle.attribute(svg, "width"), -1, -1, none);
        double ownHeight = SvgPainter.parseLength(SvgStyle.attribute(svg, "height"), -1, -1, none);
        double[] viewBox = box.size() == 4 && box.get(2) > 0 && box.get(3) > 0
                ? new double[] {box.get(0), box.get(1), box.get(2), box.get(3)}
                : new double[] {0, 0, ownWidth > 0 ? ownWidth : 300, ownHeight > 0 ? ownHeight : 150};
        double naturalW = ownWidth > 0 ? ownWidth : viewBox[2];
        double naturalH = ownHeight > 0 ? ownHeight : ownWidth > 0 ? ownWidth * viewBox[3] / viewBox[2] : viewBox[3];
        double ratio = naturalH / naturalW;
        int w;
        int h;
        if (cssWidth > 0 && cssHeight > 0) {
            w = cssWidth;
            h = cssHeight;
        } else if (cssWidth > 0) {
            w = cssWidth;
            h = (int) Math.round(cssWidth * ratio);
        } else if (cssHeight > 0) {
            h = cssHeight;
            w = (int) Math.round(cssHeight / ratio);
        } else {
            w = (int) Math.round(naturalW * dotsPerPixel);
            h = (int) Math.round(naturalH * dotsPerPixel);
        }
        return new SvgReplacedElement(svg, viewBox, Math.max(1, w), Math.max(1, h), states);
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        PdfContentByte cb = device.getCurrentPage();
        float pageHeight = device.getWriter().getPageSize().getHeight();
        // From the box in Flying Saucer's dots (y down) to PDF points (y up), then into the view box.
        AffineTransform m = new AffineTransform(1, 0, 0, -1, 0, pageHeight);
        m.concatenate(device.getTransform());
        m.translate(content.x, content.y);
        String aspect = SvgStyle.attribute(svg, "preserveAspectRatio").trim();
        double sx = content.width / viewBox[2];
        double sy = content.height / viewBox[3];
        if (aspect.startsWith("none")) {
            m.scale(sx, sy);
        } else {
            double s = aspect.endsWith("slice") ? Math.max(sx, sy) : Math.min(sx, sy);
            double dx = content.width - viewBox[2] * s;
            double dy = content.height - viewBox[3] * s;
            double fx = aspect.contains("xMin") ? 0 : aspect.contains("xMax") ? 1 : 0.5;
            double fy = aspect.contains("YMin") ? 0 : aspect.contains("YMax") ? 1 : 0.5;
            m.translate(dx * fx, dy * fy);
            m.scale(s, s);
        }
        m.translate(-viewBox[0], -viewBox[1]);
        double[] a = new double[6];
        m.getMatrix(a);
        cb.saveState();
        cb.concatCTM((float) a[0], (float) a[1], (float) a[2], (float) a[3], (float) a[4], (float) a[5]);
        if (!"visible".equals(SvgStyle.attribute(svg, "overflow"))) {
            cb.rectangle((float) viewBox[0], (float) viewBox[1], (float) viewBox[2], (float) viewBox[3]);
            cb.clip();
            cb.newPath();
        }
        new SvgPainter(cb, svg, viewBox[2], viewBox[3], states).paintRoot(svg);
        cb.restoreState();
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
        // Holds no layout resources.
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
