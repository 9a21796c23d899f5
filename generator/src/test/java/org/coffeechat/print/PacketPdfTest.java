package org.coffeechat.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.LoadedSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PacketPdfTest {

    static final String VERY_LONG = "Maria-Guadalupe Fernández de Santa Ana y Villanueva-Ortíz de Zárate Łukasiewicz "
            + "Wolfeschlegelsteinhausenbergerdorff";
    static PacketPdf pdf;

    @BeforeAll
    static void loadTheExampleSite() {
        Path root = Path.of(System.getProperty("coffeechat.repoRoot", ".."));
        LoadedSite site = GuideBuilder.load(BuildRequest.defaults().withSite(root.resolve("site")));
        pdf = new PacketPdf(site.templates(), site.staticRoots(), site.config());
    }

    static byte[] render(PacketView view) {
        return pdf.render(view, PacketPdf.info(view, Instant.parse("2026-01-01T00:00:00Z")));
    }

    static int pageOf(PDDocument doc, String title) throws IOException {
        String[] parts = title.split("/", 2);
        for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
            if (!same(top.getTitle(), parts[0])) {
                continue;
            }
            if (parts.length == 1) {
                return doc.getPages().indexOf(top.findDestinationPage(doc)) + 1;
            }
            for (PDOutlineItem child : top.children()) {
                if (same(child.getTitle(), parts[1])) {
                    return doc.getPages().indexOf(child.findDestinationPage(doc)) + 1;
                }
            }
        }
        throw new AssertionError("no outline entry " + title);
    }

    private static boolean same(String outline, String full) {
        String a = outline.length() > 150 ? outline.substring(0, 150) : outline;
        String b = full.length() > 150 ? full.substring(0, 150) : full;
        return a.equals(b);
    }

    @Test
    void fitsEachPrepSheetOnOnePageWhateverTheNamesLength() throws IOException {
        PacketView view = SamplePacket.of("letter", List.of("王小明", VERY_LONG, VERY_LONG + " " + VERY_LONG));
        byte[] bytes = render(view);
        Path out = Path.of("target/print");
        Files.createDirectories(out);
        Files.write(out.resolve("long-names.pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PacketView.ContactView c : view.contacts()) {
                int sheet = pageOf(doc, c.name());
                int next = pageOf(doc, c.name() + "/About " + c.name());
                assertEquals(sheet + 1, next, "the prep sheet of " + c.name().length() + " characters takes one page");
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(sheet);
                s.setEndPage(sheet);
                String text = s.getText(doc);
                String upper = text.toUpperCase(java.util.Locale.ROOT);
                assertTrue(upper.contains("PREP SHEET") && upper.contains("ASK FIRST") && upper.contains("NOTES"), text);
            }
        }
    }

    @Test
    void numbersEveryPageAndNamesTheStudentAndContactAtTheTopOfAllButTheCover() throws IOException {
        PacketView view = SamplePacket.of("a4", List.of("Łukasz Nowak", "王小明"));
        try (PDDocument doc = Loader.loadPDF(render(view))) {
            int pages = doc.getNumberOfPages();
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String text = s.getText(doc);
                assertTrue(text.contains("page " + p + " of " + pages), "page " + p + ": " + text);
                assertEquals(595.3f, doc.getPage(p - 1).getMediaBox().getWidth(), 0.5f);
                assertEquals(841.9f, doc.getPage(p - 1).getMediaBox().getHeight(), 0.5f);
                if (p == 1) {
                    assertTrue(!text.contains("Zoë Ñúñez · "), "no running header on the cover: " + text);
                }
            }
            int wang = pageOf(doc, "王小明");
            s.setStartPage(wang);
            s.setEndPage(wang);
            assertTrue(s.getText(doc).contains("Zoë Ñúñez · 王小明, Solaris Grid"), s.getText(doc));
            int lukasz = pageOf(doc, "Łukasz Nowak/About Łukasz Nowak");
            s.setStartPage(lukasz);
            s.setEndPage(lukasz);
            assertTrue(s.getText(doc).contains("Zoë Ñúñez · Łukasz Nowak, Solaris Grid"), s.getText(doc));
        }
    }
}
