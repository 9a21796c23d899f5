package org.coffeechat.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.IntPredicate;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.util.XRLog;
import org.xhtmlrenderer.util.XRRuntimeException;

/**
 * Lays out one HTML document (what a theme's print template produced) and writes it as PDF.
 * Style sheets, fonts and images come only from {@link PrintResources}; text is set in the
 * theme's {@code @font-face} fonts or the built-in Noto fonts, never the machine's; characters the
 * theme's fonts lack fall back to the built-in ones. The PDF's outline is made from the headings
 * (Flying Saucer's {@code data-pdf-bookmark} attributes choose which). Same inputs, same bytes:
 * the dates come from {@link PdfDocumentInfo#date()}, the file identifier and the font subset
 * tags from the content. Safe to share between threads; each call renders on the calling thread.
 */
public final class PdfRenderer {

    static {
        // Flying Saucer logs every unresolved reference on its own; coffeechat reports them itself.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * What Flying Saucer's HTML 4 style sheet lacks: HTML5 sectioning elements are blocks, and an
     * SVG picture is one replaced box whose inside Flying Saucer must not lay out as text.
     */
    private static final String USER_AGENT_CSS = "article, aside, footer, header, main, nav, section, figure, "
            + "figcaption, details, summary, hgroup { display: block; } svg { display: inline-block; } "
            + "svg * { display: none; }";

    private final PrintResources resources;
    private final String templateDisplay;
    private final Map<String, byte[]> cache = PrintUserAgent.newCache();

    /**
     * @param resources       the static folders the document may refer to
     * @param templateDisplay how the template is named in messages about a wrong reference
     */
    public PdfRenderer(PrintResources resources, String templateDisplay) {
        this.resources = resources;
        this.templateDisplay = templateDisplay;
    }

    /**
     * Renders {@code html} as a PDF.
     *
     * @throws InvalidInputException when the document refers to a style sheet, font or image that
     *                               is not in the static folders, or its CSS cannot be laid out
     */
    public byte[] render(String html, PdfDocumentInfo info) {
        Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        addUserAgentStyle(dom);
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        PrintUserAgent agent = new PrintUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, resources, cache);
        PrintFontResolver fonts = new PrintFontResolver();
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, fonts,
                new PrintReplacedElementFactory(device, agent), new ITextTextRenderer());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        SubsetTags.begin(seed(html, info));
        try {
            renderer.setDocument(dom, PrintUserAgent.BASE);
            List<IntPredicate> coverage = fonts.themeTextFonts().stream().map(f -> (IntPredicate) f::charExists).toList();
            new FontFallback(coverage, BuiltInFonts.fallbackChain()).apply(dom);
            renderer.setListener(new Metadata(info));
            renderer.layout();
            renderer.createPDF(out);
        } catch (DocumentException | XRRuntimeException e) {
            throw problem("cannot lay out the document: " + e.getMessage());
        } finally {
            SubsetTags.end();
        }
        if (!agent.refused().isEmpty()) {
            throw refused(agent.refused());
        }
        return DocumentId.stabilize(out.toByteArray());
    }

    private static void addUserAgentStyle(Document dom) {
        Element head = (Element) dom.getElementsByTagName("head").item(0);
        Element style = dom.createElementNS(head.getNamespaceURI(), "style");
        style.setTextContent(USER_AGENT_CSS);
        head.insertBefore(style, head.getFirstChild());
    }

    private InvalidInputException refused(Set<String> references) {
        Diagnostics d = new Diagnostics();
        for (String reference : references) {
            d.error(SourceLocation.file(templateDisplay), reference.contains(":")
                    ? "the print template refers to '" + reference + "'; a PDF may use only files of the site's "
                    + "and the theme's static/ folders, by a relative path such as css/print.css"
                    : "the print template refers to '" + reference + "', which is in none of the static/ folders ("
                    + String.join(", ", resources.roots().stream().map(Object::toString).toList()) + ")");
        }
        return new InvalidInputException(d.sorted());
    }

    private InvalidInputException problem(String message) {
        Diagnostics d = new Diagnostics();
        d.error(SourceLocation.file(templateDisplay), message);
        return new InvalidInputException(d.sorted());
    }

    /** The document's own seed for the subset tags: the same document, the same tags. */
    private static long seed(String html, PdfDocumentInfo info) {
        // String.hashCode is specified, so the seed is the same in every JVM.
        return 31L * html.hashCode() + info.toString().hashCode();
    }

    /** Sets the document information, dates and language once the writer exists. */
    private static final class Metadata extends DefaultPDFCreationListener {
        private final PdfDocumentInfo info;

        Metadata(PdfDocumentInfo info) {
            this.info = info;
        }

        @Override
        public void preOpen(ITextRenderer renderer) {
            PdfWriter writer = renderer.getWriter();
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            PdfDictionary d = renderer.getWriter().getInfo();
            put(d, PdfName.TITLE, info.title());
            put(d, PdfName.AUTHOR, info.author());
            put(d, PdfName.SUBJECT, info.subject());
            put(d, PdfName.KEYWORDS, info.keywords());
            d.put(PdfName.CREATOR, new PdfString("coffeechat"));
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(info.date().toEpochMilli());
            PdfObject date = new PdfDate(when);
            d.put(PdfName.CREATIONDATE, date);
            d.put(PdfName.MODDATE, date);
        }

        private static void put(PdfDictionary d, PdfName key, String value) {
            if (value.isBlank()) {
                d.remove(key);
            } else {
                d.put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
            }
        }
    }
}
