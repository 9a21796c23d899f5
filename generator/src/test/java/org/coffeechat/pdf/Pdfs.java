package org.coffeechat.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test helpers: render the sample document, read PDFs back with PDFBox. */
final class Pdfs {

    static final Path RESOURCES = Path.of("src/test/resources/pdf");
    static final List<String> NAMES = List.of("Zoë Ñúñez", "Łukasz", "Дарья", "王小明");
    static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");

    private Pdfs() {
    }

    static PdfRenderer renderer() {
        return new PdfRenderer(new PrintResources(List.of(RESOURCES.resolve("static"))), "sample.html");
    }

    static PdfDocumentInfo info() {
        return new PdfDocumentInfo("Coffee chat packet: Zoë Ñúñez", "Zoë Ñúñez", "Informational interviews with 王小明",
                "coffee chat, Дарья", "en-CA", DATE);
    }

    static String sample() {
        try {
            return Files.readString(RESOURCES.resolve("sample.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
