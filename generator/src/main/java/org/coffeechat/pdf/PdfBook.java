package org.coffeechat.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.coffeechat.pdf.Canvas.Mark;
import org.coffeechat.pdf.Canvas.Op;
import org.coffeechat.pdf.Canvas.PictureOp;
import org.coffeechat.pdf.Canvas.ShapeOp;
import org.coffeechat.pdf.Canvas.TextOp;
import org.coffeechat.pdf.TextLayout.Segment;

/**
 * Writes laid-out pages ({@link Canvas}) as one PDF with OpenPDF. OpenPDF makes the file: its
 * pages, outline, document information and cross-reference table. What a page shows is written
 * by coffeechat itself ({@link ContentStream}) as one form XObject per page, with its text in
 * compact font subsets of its own ({@link FontSubset}): OpenPDF's text methods would embed its own
 * subsets, which keep every glyph number of the font (a quarter of a megabyte for the CJK font)
 * and look up each character several times, and together cost half of a packet's time. OpenPDF
 * places each page's form as it places an image it has already written
 * ({@link Image#setDirectReference}); PNG and JPEG pictures are drawn by OpenPDF over it.
 *
 * <p>Same pages and information, same bytes: the dates are {@link PdfDocumentInfo#date()}, the
 * file identifier is a hash of the file ({@link DocumentId}) and the subset tags a hash of their
 * glyphs. Stateless; each call writes on the calling thread.
 */
public final class PdfBook {

    private static final byte[] ONE_PIXEL = {0};

    private PdfBook() {
    }

    /** The PDF of {@code pages}, all {@code width} by {@code height} points. */
    public static byte[] write(List<Canvas> pages, float width, float height, PdfDocumentInfo info) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one page");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        try (Compressor compressor = new Compressor()) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            // A cross-reference stream, not a table: OpenPDF formats the table's offsets in the
            // default locale, so under ar-EG-u-nu-arab they came out in Arabic-Indic digits.
            writer.setFullCompression();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
            document.open();
            Pages w = new Pages(writer, width, height, compressor);
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                w.page(pages.get(i));
                writer.setPageEmpty(false);
            }
            w.resources.writeFonts(compressor);
            information(writer.getInfo(), info);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF refused a page: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DocumentId.stabilize(out.toByteArray());
    }

    private static void information(PdfDictionary d, PdfDocumentInfo info) {
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

    /** Draws pages in order, remembering the state it set so that each operator is written once. */
    private static final class Pages {
        private final PdfWriter writer;
        private final float width;
        private final float height;
        /** From a {@link Canvas}'s coordinates, measured downwards from the top, to the page's. */
        private final AffineTransform flip;
        private final Compressor compressor;
        final ContentStream.Resources resources;
        private final PdfBytes buffer = new PdfBytes(16 * 1024);
        private final PdfOutline[] outlineLevels = new PdfOutline[6];
        private ContentStream out;
        // The state set last in this page's content stream, written again only when it changes.
        // Shapes and SVG pictures are drawn between q and Q, which restore every one of these (the
        // font and size and the text rendering mode are part of the graphics state and outlive a
        // text object: ISO 32000-1, 8.4.1 and 9.3.1), so drawing them leaves this record true.
        private boolean inText;
        private FontSubset font;
        private float fontSize;
        private Color fillColor;
        /** Whether text is drawn bold (filled and stroked): text rendering mode 2. */
        private boolean stroking;
        private Color strokeColor;
        private float lineWidth;

        Pages(PdfWriter writer, float width, float height, Compressor compressor) {
            this.writer = writer;
            this.width = width;
            this.height = height;
            this.flip = new AffineTransform(1, 0, 0, -1, 0, height);
            this.compressor = compressor;
            this.resources = new ContentStream.Resources(writer);
        }

        void page(Canvas page) throws IOException, DocumentException {
            out = new ContentStream(resources, buffer);
            inText = false;
            font = null;
            fillColor = null;
            stroking = false;
            strokeColor = null;
            lineWidth = Float.NaN;
            List<PictureOp> raster = new ArrayList<>();
            for (Op op : page.ops()) {
                if (op instanceof TextOp t) {
                    text(t);
                } else if (op instanceof ShapeOp s) {
                    shape(s);
                } else if (op instanceof PictureOp p) {
                    if (p.picture() instanceof Pictures.SvgPicture svg) {
                        endText();
                        out.save();
                        svg.draw(out, p.x(), height - p.y() - p.height(), p.width(), p.height());
                        out.restore();
                    } else {
                        raster.add(p);
                    }
                }
            }
            endText();
            PdfStream form = compressor.stream(buffer.array(), buffer.length());
            form.put(PdfName.TYPE, PdfName.XOBJECT);
            form.put(PdfName.SUBTYPE, PdfName.FORM);
            form.put(PdfName.BBOX, new PdfArray(new float[] {0, 0, width, height}));
            form.put(PdfName.RESOURCES, out.resourceDictionary());
            PdfIndirectReference formRef = writer.addToBody(form).getIndirectReference();
            Image placed = Image.getInstance(1, 1, 1, 8, ONE_PIXEL);
            placed.setDirectReference(formRef);
            PdfContentByte cb = writer.getDirectContent();
            cb.addImage(placed, 1, 0, 0, 1, 0, 0);
            for (PictureOp p : raster) {
                ((Pictures.RasterPicture) p.picture()).draw(cb, p.x(), height - p.y() - p.height(), p.width(),
                        p.height());
            }
            for (Mark m : page.marks()) {
                outline(m);
            }
        }

        private void text(TextOp t) {
            if (!inText) {
                out.beginText();
                inText = true;
            }
            float y = height - t.baseline();
            for (Segment s : t.line().segments()) {
                if (font == null || s.face() != font.face() || fontSize != s.size()) {
                    font = out.font(s.face(), s.size());
                    fontSize = s.size();
                }
                if (!s.color().equals(fillColor)) {
                    fillColor = s.color();
                    out.fillColor(fillColor);
                }
                if (s.fakeBold()) {
                    if (!stroking) {
                        stroking = true;
                        out.textRendering(2);
                    }
                    float outline = s.size() / 30f;
                    if (outline != lineWidth) {
                        lineWidth = outline;
                        out.lineWidth(lineWidth);
                    }
                    if (!s.color().equals(strokeColor)) {
                        strokeColor = s.color();
                        out.strokeColor(strokeColor);
                    }
                } else if (stroking) {
                    stroking = false;
                    out.textRendering(0);
                }
                float x = t.x() + s.x();
                out.textMatrix(1, 0, s.fakeItalic() ? 0.2f : 0, 1, x, y);
                if (s.actualText() != null) {
                    out.beginActualText(s.actualText());
                }
                if (s.glyphs() != null) {
                    out.showGlyphs(font, s.glyphs(), s.text(), s.size());
                } else {
                    out.show(font, s.text());
                }
                if (s.actualText() != null) {
                    out.endMarkedContent();
                }
            }
        }

        private void endText() {
            if (inText) {
                if (stroking) {
                    out.textRendering(0);
                    stroking = false;
                }
                out.endText();
                inText = false;
            }
        }

        private void shape(ShapeOp s) {
            endText();
            if (s.fill() == null && s.stroke() == null) {
                return;
            }
            out.save();
            if (s.fill() != null) {
                out.fillColor(s.fill());
            }
            if (s.stroke() != null) {
                out.strokeColor(s.stroke());
                out.lineWidth(s.lineWidth());
                if (s.dash() != null && s.dash().length > 0) {
                    out.dash(s.dash());
                }
                if (s.roundCaps()) {
                    out.lineCap(1);
                    out.lineJoin(1);
                }
            }
            out.path(s.shape(), flip);
            out.paint(s.fill() != null, s.stroke() != null, false);
            out.restore();
        }

        private void outline(Mark m) {
            int level = Math.min(m.level(), outlineLevels.length - 1);
            PdfOutline parent = writer.getRootOutline();
            for (int l = level - 1; l >= 0; l--) {
                if (outlineLevels[l] != null) {
                    parent = outlineLevels[l];
                    break;
                }
            }
            outlineLevels[level] = new PdfOutline(parent,
                    new PdfDestination(PdfDestination.XYZ, 0, height - m.y() + 6, 0), m.title(), false);
            for (int l = level + 1; l < outlineLevels.length; l++) {
                outlineLevels[l] = null;
            }
        }
    }
}
