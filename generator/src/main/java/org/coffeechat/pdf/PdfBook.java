package org.coffeechat.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.coffeechat.pdf.Canvas.Mark;
import org.coffeechat.pdf.Canvas.Op;
import org.coffeechat.pdf.Canvas.PictureOp;
import org.coffeechat.pdf.Canvas.ShapeOp;
import org.coffeechat.pdf.Canvas.TextOp;
import org.coffeechat.pdf.TextLayout.Segment;

/**
 * Writes laid-out pages ({@link Canvas}) as one PDF with OpenPDF: the text in embedded font
 * subsets, shapes as vectors, the outline from the pages' marks, the document information and
 * language. Same pages and information, same bytes: the dates are {@link PdfDocumentInfo#date()},
 * the file identifier is a hash of the file ({@link DocumentId}) and the subset tags come from the
 * text ({@link SubsetTags}). Stateless; each call writes on the calling thread.
 */
public final class PdfBook {

    /** Content streams are compressed at the fastest level: they are small and compress well. */
    private static final int COMPRESSION = 1;

    private PdfBook() {
    }

    /** The PDF of {@code pages}, all {@code width} by {@code height} points. */
    public static byte[] write(List<Canvas> pages, float width, float height, PdfDocumentInfo info) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one page");
        }
        long seed = info.toString().hashCode();
        for (Canvas page : pages) {
            seed = 31 * seed + page.textHash();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        SubsetTags.begin(seed);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCompressionLevel(COMPRESSION);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
            document.open();
            Writer w = new Writer(writer, height);
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                w.page(pages.get(i));
                writer.setPageEmpty(false);
            }
            information(writer.getInfo(), info);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF refused a page: " + e.getMessage(), e);
        } finally {
            SubsetTags.end();
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

    /** Draws pages in order, remembering the graphics state it set so each operator is written once. */
    private static final class Writer {
        private final PdfWriter writer;
        private final float pageHeight;
        private final PdfOutline[] outlineLevels = new PdfOutline[6];
        private final Map<Long, PdfGState> states = new HashMap<>();
        private PdfContentByte cb;
        private boolean inText;
        private BaseFont font;
        private float fontSize;
        private Color fillColor;
        private boolean stroking;

        Writer(PdfWriter writer, float pageHeight) {
            this.writer = writer;
            this.pageHeight = pageHeight;
        }

        void page(Canvas page) {
            cb = writer.getDirectContent();
            inText = false;
            font = null;
            fillColor = null;
            stroking = false;
            for (Op op : page.ops()) {
                if (op instanceof TextOp t) {
                    text(t);
                } else if (op instanceof ShapeOp s) {
                    shape(s);
                } else if (op instanceof PictureOp p) {
                    picture(p);
                }
            }
            endText();
            for (Mark m : page.marks()) {
                outline(m);
            }
        }

        private void text(TextOp t) {
            if (!inText) {
                cb.beginText();
                inText = true;
                font = null;
            }
            float y = pageHeight - t.baseline();
            for (Segment s : t.line().segments()) {
                if (font != s.face().font() || fontSize != s.size()) {
                    font = s.face().font();
                    fontSize = s.size();
                    cb.setFontAndSize(font, fontSize);
                }
                if (!s.color().equals(fillColor)) {
                    fillColor = s.color();
                    cb.setColorFill(fillColor);
                }
                if (s.fakeBold() != stroking) {
                    stroking = s.fakeBold();
                    if (stroking) {
                        cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
                        cb.setLineWidth(s.size() / 30f);
                        cb.setColorStroke(s.color());
                    } else {
                        cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
                    }
                }
                float x = t.x() + s.x();
                if (s.fakeItalic()) {
                    cb.setTextMatrix(1, 0, 0.2f, 1, x, y);
                } else {
                    cb.setTextMatrix(x, y);
                }
                cb.showText(s.text());
            }
        }

        private void endText() {
            if (inText) {
                if (stroking) {
                    cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
                    stroking = false;
                }
                cb.endText();
                inText = false;
            }
        }

        private void shape(ShapeOp s) {
            endText();
            if (s.fill() == null && s.stroke() == null) {
                return;
            }
            cb.saveState();
            if (s.fill() != null) {
                cb.setColorFill(s.fill());
            }
            if (s.stroke() != null) {
                cb.setColorStroke(s.stroke());
                cb.setLineWidth(s.lineWidth());
                if (s.dash() != null && s.dash().length > 0) {
                    cb.setLineDash(s.dash(), 0);
                }
                if (s.roundCaps()) {
                    cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
                    cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
                }
            }
            path(s.shape().getPathIterator(null));
            if (s.fill() != null && s.stroke() != null) {
                cb.fillStroke();
            } else if (s.fill() != null) {
                cb.fill();
            } else {
                cb.stroke();
            }
            cb.restoreState();
            fillColor = null;
        }

        private void path(PathIterator it) {
            float[] c = new float[6];
            float lastX = 0;
            float lastY = 0;
            while (!it.isDone()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> {
                        cb.moveTo(c[0], pageHeight - c[1]);
                        lastX = c[0];
                        lastY = c[1];
                    }
                    case PathIterator.SEG_LINETO -> {
                        cb.lineTo(c[0], pageHeight - c[1]);
                        lastX = c[0];
                        lastY = c[1];
                    }
                    case PathIterator.SEG_QUADTO -> {
                        // A quadratic curve as the cubic that draws it.
                        float x1 = lastX + 2f / 3f * (c[0] - lastX);
                        float y1 = lastY + 2f / 3f * (c[1] - lastY);
                        float x2 = c[2] + 2f / 3f * (c[0] - c[2]);
                        float y2 = c[3] + 2f / 3f * (c[1] - c[3]);
                        cb.curveTo(x1, pageHeight - y1, x2, pageHeight - y2, c[2], pageHeight - c[3]);
                        lastX = c[2];
                        lastY = c[3];
                    }
                    case PathIterator.SEG_CUBICTO -> {
                        cb.curveTo(c[0], pageHeight - c[1], c[2], pageHeight - c[3], c[4], pageHeight - c[5]);
                        lastX = c[4];
                        lastY = c[5];
                    }
                    default -> cb.closePath();
                }
                it.next();
            }
        }

        private void picture(PictureOp p) {
            endText();
            cb.saveState();
            p.picture().draw(cb, p.x(), pageHeight - p.y() - p.height(), p.width(), p.height(), states);
            cb.restoreState();
            font = null;
            fillColor = null;
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
                    new PdfDestination(PdfDestination.XYZ, 0, pageHeight - m.y() + 6, 0), m.title(), false);
            for (int l = level + 1; l < outlineLevels.length; l++) {
                outlineLevels[l] = null;
            }
        }
    }
}
