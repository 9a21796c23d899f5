package org.coffeechat.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages drawn with {@link Flow} and written by {@link PdfBook} on OpenPDF, read back with PDFBox. */
class PdfBookTest {

    private static byte[] sample;

    @BeforeAll
    static void renderOnce() {
        sample = Pdfs.sample(Pdfs.info());
    }

    @Test
    void givesIdenticalBytesForIdenticalInputs() {
        assertArrayEquals(sample, Pdfs.sample(Pdfs.info()));
    }

    @Test
    void givesIdenticalBytesInAnotherJvm() throws IOException, InterruptedException {
        Path out = Files.createTempFile("coffeechat-other-jvm", ".pdf");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RenderSample.class.getName(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), log);
            assertArrayEquals(sample, Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void changesTheBytesWhenTheDateChanges() {
        PdfDocumentInfo i = Pdfs.info();
        byte[] other = Pdfs.sample(new PdfDocumentInfo(i.title(), i.author(), i.subject(), i.keywords(), i.language(),
                i.date().plusSeconds(86400)));
        assertFalse(java.util.Arrays.equals(sample, other));
    }

    @Test
    void embedsEveryFontItUsesAsASubset() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            Set<String> names = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                fonts(page.getResources(), names);
            }
            assertEquals(Set.of("NotoSans-Regular", "NotoSans-Bold", "NotoSansSC-Regular"), names);
        }
    }

    /** The fonts of {@code resources} and of the forms it draws (each page is drawn as one form). */
    private static void fonts(PDResources resources, Set<String> names) throws IOException {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is not a subset");
            names.add(font.getName().substring(7));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && form.getResources() != null) {
                fonts(form.getResources(), names);
            }
        }
    }

    @Test
    void namesTheSubsetsAfterTheirGlyphsSoTheSameTextGivesTheSameNames() throws IOException {
        Set<String> first = new TreeSet<>();
        Set<String> second = new TreeSet<>();
        try (PDDocument a = Pdfs.load(sample); PDDocument b = Pdfs.load(Pdfs.sample(Pdfs.info()))) {
            for (PDPage page : a.getPages()) {
                fontNames(page.getResources(), first);
            }
            for (PDPage page : b.getPages()) {
                fontNames(page.getResources(), second);
            }
        }
        assertEquals(first, second);
        assertEquals(3, first.size(), first.toString());
    }

    private static void fontNames(PDResources resources, Set<String> out) throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                for (COSName f : form.getResources().getFontNames()) {
                    out.add(form.getResources().getFont(f).getName());
                }
            }
        }
    }

    @Test
    void keepsTheFileSmallBySubsettingTheFonts() {
        // The CJK font alone is 10.5 MB; its subset of a few characters must be tiny.
        assertTrue(sample.length < 60_000, "sample PDF is " + sample.length + " bytes");
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
    void makesPagesOfTheSizeAskedFor() throws IOException {
        try (PDDocument letter = Pdfs.load(sample)) {
            for (PDPage page : letter.getPages()) {
                assertEquals(612f, page.getMediaBox().getWidth(), 0.5f);
                assertEquals(792f, page.getMediaBox().getHeight(), 0.5f);
            }
        }
        float w = 595.28f;
        float h = 841.89f;
        byte[] a4 = Pdfs.render(Pdfs.sample(w, h), w, h, Pdfs.info());
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
    void writesAFileIdentifierThatComesFromTheContent() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            assertTrue(doc.getDocument().getDocumentID() != null, "the PDF has an /ID");
        }
        PdfDocumentInfo i = Pdfs.info();
        byte[] other = Pdfs.sample(new PdfDocumentInfo(i.title() + " (2)", i.author(), i.subject(), i.keywords(),
                i.language(), i.date()));
        try (PDDocument a = Pdfs.load(sample); PDDocument b = Pdfs.load(other)) {
            assertFalse(a.getDocument().getDocumentID().toString().equals(b.getDocument().getDocumentID().toString()),
                    "different files have different identifiers");
        }
    }

    @Test
    void makesTheOutlineFromTheMarks() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            assertEquals(List.of("Cover", "Łukasz Nowak", "  Research checklist", "  Questions", "王小明",
                    "  Research checklist"), Pdfs.outline(doc));
            assertEquals(1, Pdfs.pageOf(doc, "Cover"));
            assertEquals(2, Pdfs.pageOf(doc, "Łukasz Nowak"));
            assertEquals(3, Pdfs.pageOf(doc, "王小明"));
        }
    }

    @Test
    void drawsSvgPicturesAsVectorsWithTheirText() throws IOException {
        try (PDDocument doc = Pdfs.load(sample)) {
            String cover = Pdfs.text(doc, 1);
            assertTrue(cover.contains("王小明 late"), cover);
            assertTrue(cover.contains("Дарья"), cover);
            assertEquals(List.of(), images(doc.getPage(0).getResources()), "the logo and the timeline are vectors");
        }
    }

    private static List<String> images(PDResources resources) throws IOException {
        List<String> out = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                out.add(name.getName());
            } else if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                out.addAll(images(form.getResources()));
            }
        }
        return out;
    }

    @Test
    void drawsAPngLogoAsAnImage() throws IOException {
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(4, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(png, "png", bytes);
        Picture logo = Pictures.read("logo.png", bytes.toByteArray());
        assertEquals(2f, logo.aspectRatio(), 0.001f);
        Canvas page = new Canvas(Pdfs.LETTER_WIDTH, Pdfs.LETTER_HEIGHT, java.util.Optional.empty());
        page.picture(logo, 72, 72, 80, 40);
        try (PDDocument doc = Pdfs.load(Pdfs.render(List.of(page), Pdfs.LETTER_WIDTH, Pdfs.LETTER_HEIGHT, Pdfs.info()))) {
            assertEquals(1, images(doc.getPage(0).getResources()).size());
        }
    }
    @Test
    void outlinesEachDrawnBoldPieceInItsOwnColourAndWidth() throws IOException {
        // 王小明 has no bold face, so bold is drawn: filled and stroked with an outline of a thirtieth
        // of the size, in the colour of the text. The second piece used to keep the first's outline.
        TextStyle bold = Pdfs.BODY.withBold(true);
        TextLayout.Line line = Pdfs.LAYOUT.line(List.of(new Span("王小明", bold.withColor(java.awt.Color.RED)),
                new Span("王小明", bold.withColor(java.awt.Color.BLUE).withSize(15))));
        Canvas page = new Canvas(Pdfs.LETTER_WIDTH, Pdfs.LETTER_HEIGHT, java.util.Optional.empty());
        page.text(line, 72, 72);
        String content = content(Pdfs.render(List.of(page), Pdfs.LETTER_WIDTH, Pdfs.LETTER_HEIGHT, Pdfs.info()));
        List<String> outline = new ArrayList<>();
        for (String op : content.split("\n")) {
            if (op.endsWith(" RG") || op.endsWith(" w") || op.endsWith(" Tr")) {
                outline.add(op);
            }
        }
        assertEquals(List.of("2 Tr", "0.333 w", "1 0 0 RG", "0.5 w", "0 0 1 RG", "0 Tr"), outline, content);
    }

    @Test
    void keepsTheFontAndColourAcrossAShapeDrawnBetweenTwoTexts() throws IOException {
        // A shape is drawn between q and Q, which restore the colour and the font: the text after
        // it needs neither again.
        TextLayout.Line line = Pdfs.LAYOUT.line("Coffee", Pdfs.BODY);
        Canvas page = new Canvas(Pdfs.LETTER_WIDTH, Pdfs.LETTER_HEIGHT, java.util.Optional.empty());
        page.text(line, 72, 72);
        page.fill(new java.awt.geom.Rectangle2D.Float(72, 100, 50, 20), java.awt.Color.GREEN);
        page.text(line, 72, 130);
        String content = content(Pdfs.render(List.of(page), Pdfs.LETTER_WIDTH, Pdfs.LETTER_HEIGHT, Pdfs.info()));
        assertEquals(1, content.split(" Tf\n", -1).length - 1, content);
        assertEquals(2, content.split(" rg\n", -1).length - 1, "the text's black and the shape's green: " + content);
        assertEquals(2, content.split("\nBT\n|^BT\n", -1).length - 1, content);
    }

    /** The content of the only page, its own operators and those of the forms it places. */
    private static String content(byte[] pdf) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            StringBuilder out = new StringBuilder();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    out.append(new String(form.getContentStream().toByteArray(),
                            java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
            return out.toString();
        }
    }
}
