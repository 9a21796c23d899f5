package org.coffeechat.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test helpers: draw a sample document, read PDFs back with PDFBox. */
final class Pdfs {

    static final Path RESOURCES = Path.of("src/test/resources/pdf");
    static final List<String> NAMES = List.of("Zoë Ñúñez", "Łukasz", "Дарья", "王小明");
    static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");

    private Pdfs() {
    }

    /** Letter, in points. */
    static final float LETTER_WIDTH = 612;
    static final float LETTER_HEIGHT = 792;

    static final FontFamily TEXT = BuiltInFonts.text();
    static final TextLayout LAYOUT = new TextLayout(BuiltInFonts.fallback());
    static final TextStyle BODY = new TextStyle(TEXT, false, false, 10, Color.BLACK, 1.4f);
    static final TextStyle HEADING = BODY.withBold(true).withSize(16);

    /**
     * Three pages drawn with {@link Flow}: a cover with the logo (SVG) and the names, then one
     * page per contact with headings marked in the outline at levels 0 and 1.
     */
    static List<Canvas> sample(float width, float height) {
        Flow flow = new Flow(new Flow.Geometry(width, height, 54, 54, 54, 54), LAYOUT);
        flow.mark(0, "Cover");
        flow.fixed(60, (page, x, y, w) -> page.picture(picture("img/logo.svg"), x, y, 60, 60));
        flow.paragraph(Flow.Paragraph.of("Coffee chat packet: Zoë Ñúñez", HEADING, 12, 6));
        flow.paragraph(Flow.Paragraph.of("Meetings with Łukasz Nowak and Дарья Иванова in March.", BODY, 0, 6));
        flow.fixed(100, (page, x, y, w) -> page.picture(picture("img/timeline.svg"), x, y, w, 100));
        flow.newPage();
        flow.header(Optional.of("Zoë Ñúñez · Łukasz Nowak"));
        flow.heading(Flow.Paragraph.of("Łukasz Nowak", HEADING, 0, 6), 0, "Łukasz Nowak", 20);
        flow.heading(Flow.Paragraph.of("Research checklist", BODY.withBold(true), 6, 4), 1, "Research checklist", 20);
        flow.paragraph(Flow.Paragraph.of("Read Łukasz's profile and his company's latest news.", BODY, 0, 4));
        flow.heading(Flow.Paragraph.of("Questions", BODY.withBold(true), 6, 4), 1, "Questions", 20);
        flow.paragraph(Flow.Paragraph.of("1. How did you start?", BODY, 0, 4));
        flow.newPage();
        flow.heading(Flow.Paragraph.of("王小明", HEADING, 0, 6), 0, "王小明", 20);
        flow.heading(Flow.Paragraph.of("Research checklist", BODY.withBold(true), 6, 4), 1, "Research checklist", 20);
        flow.paragraph(Flow.Paragraph.of("Ask Дарья about 王小明's team.", BODY, 0, 4));
        return flow.pages();
    }

    static byte[] render(List<Canvas> pages, float width, float height, PdfDocumentInfo info) {
        return PdfBook.write(pages, width, height, info);
    }

    /** The sample on Letter paper. */
    static byte[] sample(PdfDocumentInfo info) {
        return render(sample(LETTER_WIDTH, LETTER_HEIGHT), LETTER_WIDTH, LETTER_HEIGHT, info);
    }

    static Picture picture(String path) {
        try {
            return Pictures.read(path, Files.readAllBytes(RESOURCES.resolve("static").resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PdfDocumentInfo info() {
        return new PdfDocumentInfo("Coffee chat packet: Zoë Ñúñez", "Zoë Ñúñez", "Informational interviews with 王小明",
                "coffee chat, Дарья", "en-CA", DATE);
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of page {@code page} (1-based). */
    static String text(PDDocument doc, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(PDDocument doc) {
        try {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outline as indented lines: "title" for the top level, "  title" for their children. */
    static List<String> outline(PDDocument doc) {
        List<String> out = new ArrayList<>();
        PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            collect(root, "", out);
        }
        return out;
    }

    private static void collect(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            collect(item, indent + "  ", out);
        }
    }

    /** The 1-based page an outline entry points at. */
    static int pageOf(PDDocument doc, String title) {
        try {
            for (PDOutlineItem item : flatten(doc.getDocumentCatalog().getDocumentOutline())) {
                if (item.getTitle().equals(title)) {
                    return doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no outline entry '" + title + "' in " + outline(doc));
    }

    private static List<PDOutlineItem> flatten(PDOutlineNode node) {
        List<PDOutlineItem> out = new ArrayList<>();
        if (node != null) {
            for (PDOutlineItem item : node.children()) {
                out.add(item);
                out.addAll(flatten(item));
            }
        }
        return out;
    }
}
