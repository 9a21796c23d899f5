package org.coffeechat.pdf;

import com.lowagie.text.pdf.PdfGState;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Replaced elements of a print document: inline {@code <svg>} and {@code <img src="*.svg">} are
 * drawn as vectors; everything else (PNG and JPEG images) goes to Flying Saucer's own factory.
 */
final class PrintReplacedElementFactory implements ReplacedElementFactory {

    private final ITextReplacedElementFactory images;
    private final PrintUserAgent agent;
    private final Map<Long, PdfGState> states = new HashMap<>();
    private final Map<String, Optional<Element>> svgFiles = new HashMap<>();

    PrintReplacedElementFactory(ITextOutputDevice device, PrintUserAgent agent) {
        this.images = new ITextReplacedElementFactory(device);
        this.agent = agent;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth,
                                                 int cssHeight) {
        Element e = box.getElement();
        if (e == null) {
            return null;
        }
        String name = SvgStyle.localName(e);
        if (name.equals("svg")) {
            return SvgReplacedElement.of(e, cssWidth, cssHeight, c.getDotsPerPixel(), states);
        }
        if (name.equals("img") && isSvg(e.getAttribute("src"))) {
            Optional<Element> svg = svgFiles.computeIfAbsent(e.getAttribute("src"), this::loadSvg);
            return svg.map(s -> SvgReplacedElement.of(s, cssWidth, cssHeight, c.getDotsPerPixel(), states)).orElse(null);
        }
        return images.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    private static boolean isSvg(String src) {
        String path = src.toLowerCase(Locale.ROOT);
        int cut = path.indexOf('?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        return path.endsWith(".svg");
    }

    private Optional<Element> loadSvg(String src) {
        return agent.bytes(src).map(bytes -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            return new W3CDom().fromJsoup(Jsoup.parse(xml, "", Parser.xmlParser())).getDocumentElement();
        });
    }

    @Override
    public void reset() {
        images.reset();
        svgFiles.clear();
    }

    @Override
    public void remove(Element e) {
        images.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        images.setFormSubmissionListener(listener);
    }
}
