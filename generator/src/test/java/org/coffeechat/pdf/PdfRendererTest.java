package org.coffeechat.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.coffeechat.diag.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static byte[] sample;

    @BeforeAll
    static void renderOnce() {
        sample = Pdfs.renderer().render(Pdfs.sample(), Pdfs.info());
    }

    @Test
    void givesIdenticalBytesForIdenticalInputs() {
        byte[] again = Pdfs.renderer().render(Pdfs.sample(), Pdfs.info());
        assertArrayEquals(sample, again);
    }

    @Test
    void givesIdenticalBytesInAnotherJvm() throws IOException, InterruptedException {
        java.nio.file.Path out = java.nio.file.Files.createTempFile("coffeechat-other-jvm", ".pdf");
        try {
            Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RenderSample.class.getName(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), log);
            assertArrayEquals(sample, java.nio.file.Files.readAllBytes(out));
        } finally {
            java.nio.file.Files.deleteIfExists(out);
        }
    }

    @Test
    void changesTheBytesWhenTheDateChanges() {
        PdfDocumentInfo i = Pdfs.info();
        byte[] other = Pdfs.renderer().render(Pdfs.sample(), new PdfDocumentInfo(i.title(), i.author(), i.subject(),
                i.keywords(), i.language(), i.date().plusSeconds(86400)));
        assertFalse(java.util.Arrays.equals(sample, other));
    }

    @Test
    void embedsEveryFontItUsesAsASubset() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            Set<String> names = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is not a subset");
                    names.add(font.getName().substring(7));
                }
            }
            assertEquals(Set.of("NotoSans-Regular", "NotoSans-Bold", "NotoSansSC-Regular"), names);
        }
    }

    @Test
    void keepsTheFileSmallBySubsettingTheFonts() {
        // The CJK font alone is 10.5 MB; its subset of a few characters must be tiny.
        assertTrue(sample.length < 150_000, "sample PDF is " + sample.length + " bytes");
    }

    @Test
    void printsTheNamesWithoutAMissingGlyph() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            String text = Pdfs.text(doc);
            for (String name : Pdfs.NAMES) {
                assertTrue(text.contains(name), "'" + name + "' missing from the text: " + text);
            }
            Set<Integer> nameChars = new HashSet<>();
            Pdfs.NAMES.forEach(n -> n.codePoints().filter(c -> c != ' ').forEach(nameChars::add));
            List<String> missing = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    int cp = t.getUnicode().codePointAt(0);
                    if (nameChars.contains(cp)) {
                        seen.add(cp);
                        PDType0Font font = (PDType0Font) t.getFont();
                        int gid;
                        try {
                            gid = ((PDCIDFontType2) font.getDescendantFont()).codeToGID(t.getCharacterCodes()[0]);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        if (gid == 0) {
                            missing.add(t.getUnicode() + " in " + font.getName());
                        }
                    }
                    super.processTextPosition(t);
                }
            };
            glyphs.getText(doc);
            assertEquals(List.of(), missing);
            assertEquals(nameChars, seen, "every character of the names is drawn");
        }
    }

    @Test
    void laysOutThePaperTheStyleSheetAsksFor() throws IOException {
        try (PDDocument letter = Pdfs.load(sample)) {
            assertEquals(612f, letter.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(792f, letter.getPage(0).getMediaBox().getHeight(), 0.5f);
        }
        byte[] a4 = Pdfs.renderer().render(Pdfs.sample().replace("size: letter", "size: A4"), Pdfs.info());
        try (PDDocument doc = Pdfs.load(a4)) {
            assertEquals(595.3f, doc.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(841.9f, doc.getPage(0).getMediaBox().getHeight(), 0.5f);
        }
    }

    @Test
    void writesTheDocumentInformationAndLanguage() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Coffee chat packet: Zoë Ñúñez", info.getTitle());
            assertEquals("Zoë Ñúñez", info.getAuthor());
            assertEquals("Informational interviews with 王小明", info.getSubject());
            assertEquals("coffee chat, Дарья", info.getKeywords());
            assertEquals("coffeechat", info.getCreator());
            assertEquals(Pdfs.DATE.toEpochMilli(), info.getCreationDate().getTimeInMillis());
            assertEquals(Pdfs.DATE.toEpochMilli(), info.getModificationDate().getTimeInMillis());
            assertEquals("en-CA", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void makesTheOutlineFromTheHeadings() {
        try (PDDocument doc = Pdfs.load(sample)) {
            assertEquals(List.of("Cover", "Łukasz Nowak", "  Research checklist", "  Questions", "王小明",
                    "  Research checklist"), Pdfs.outline(doc));
            assertEquals(1, Pdfs.pageOf(doc, "Cover"));
            assertEquals(2, Pdfs.pageOf(doc, "Łukasz Nowak"));
            assertEquals(3, Pdfs.pageOf(doc, "王小明"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void numbersThePagesAndRepeatsTheStudentAndContactAtTheTop() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            assertEquals(3, doc.getNumberOfPages());
            assertTrue(Pdfs.text(doc, 1).contains("page 1 of 3"));
            assertTrue(Pdfs.text(doc, 3).contains("page 3 of 3"));
            assertFalse(Pdfs.text(doc, 1).contains("Zoë Ñúñez · "), "no running header on the cover");
            assertTrue(Pdfs.text(doc, 2).contains("Zoë Ñúñez · Łukasz Nowak"), Pdfs.text(doc, 2));
            assertTrue(Pdfs.text(doc, 3).contains("Zoë Ñúñez · 王小明"), Pdfs.text(doc, 3));
        }
    }

    @Test
    void drawsSvgPicturesAsVectorsWithTheirText() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            String cover = Pdfs.text(doc, 1);
            assertTrue(cover.contains("王小明 late"), cover);
            assertTrue(cover.contains("Дарья"), cover);
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                assertFalse(resources.isImageXObject(name), "the logo and the timeline are vectors, not images");
            }
        }
    }

    @Test
    void refusesAStyleSheetOutsideTheStaticFolders() {
        String html = Pdfs.sample().replace("<title>", "<link rel=\"stylesheet\" href=\"file:///etc/hosts\"><title>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Pdfs.renderer().render(html, Pdfs.info()));
        assertEquals("sample.html:1:1: the print template refers to 'file:///etc/hosts'; a PDF may use only files of "
                + "the site's and the theme's static/ folders, by a relative path such as css/print.css",
                e.diagnostics().get(0).toString());
    }

    @Test
    void reportsAnImageThatIsInNoStaticFolder() {
        String html = Pdfs.sample().replace("img/logo.svg", "img/missing.png");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Pdfs.renderer().render(html, Pdfs.info()));
        assertTrue(e.getMessage().startsWith("sample.html:1:1: the print template refers to 'img/missing.png', "
                + "which is in none of the static/ folders"), e.getMessage());
    }
}
