package org.coffeechat.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.LoadedSite;
import org.coffeechat.view.personal.PersonalGuide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void printsInTheFontsColoursAndLogoOfTheSiteAndItsTheme(@TempDir Path tmp) throws IOException {
        Path root = Path.of(System.getProperty("coffeechat.repoRoot", ".."));
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("static/fonts"));
        Files.createDirectories(site.resolve("static/img"));
        Files.createDirectories(site.resolve("templates/print"));
        Files.writeString(site.resolve("site.yaml"), Files.readString(root.resolve("site/site.yaml"))
                .replace("logo: img/logo.svg", "logo: img/logo.png")
                .replace("primary: \"#0b5563\"", "primary: \"#5c2d91\""));
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(60, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(png, "png", site.resolve("static/img/logo.png").toFile());
        try (var in = PacketPdfTest.class.getClassLoader().getResourceAsStream("coffeechat/fonts/NotoSansSC_400Regular.ttf")) {
            Files.write(site.resolve("static/fonts/Headings.ttf"), in.readAllBytes());
        }
        Files.writeString(site.resolve("templates/print/settings.yaml"),
                "fonts:\n  headings:\n    regular: fonts/Headings.ttf\ncolors:\n  text: \"#336699\"\n");
        LoadedSite loaded = GuideBuilder.load(BuildRequest.defaults().withSite(site));
        PacketPdf themed = new PacketPdf(loaded.templates(), loaded.staticRoots(), loaded.config());
        PacketView view = SamplePacket.of("letter", List.of("Łukasz Nowak"));
        PacketView branded = new PacketView(view.title(), view.lang(), view.paper(), view.pageHeightMm(),
                new PersonalGuide.Brand(view.brand().siteTitle(), view.brand().organization(), Optional.of("img/logo.png"),
                        "#5c2d91", view.brand().accentColor()),
                view.student(), view.preparedOn(), view.introduction(), view.introductionSeconds(), view.counts(),
                view.timeline(), view.contacts());
        byte[] bytes = themed.render(branded, PacketPdf.info(branded, Instant.parse("2026-01-01T00:00:00Z")));
        Page1 themedPage = page1(bytes);
        Page1 plain = page1(render(view));
        assertTrue(themedPage.logoImage, "the site's PNG logo is on the cover");
        assertTrue(!plain.logoImage, "the example site's SVG logo is drawn as vectors");
        assertTrue(themedPage.fonts.contains("NotoSansSC-Regular") && !plain.fonts.contains("NotoSansSC-Regular"),
                "the theme's heading font is embedded: " + themedPage.fonts + " (without the theme: " + plain.fonts + ")");
        assertTrue(themedPage.content.contains("0.2 0.4 0.6 rg") && !plain.content.contains("0.2 0.4 0.6 rg"),
                "the theme's text colour #336699");
        assertTrue(themedPage.content.contains("0.361 0.176 0.569 rg") && !plain.content.contains("0.361 0.176 0.569 rg"),
                "the site's primary colour #5c2d91");
    }

    private record Page1(java.util.Set<String> fonts, String content, boolean logoImage) {
    }

    private static Page1 page1(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            StringBuilder content = new StringBuilder();
            boolean logoImage = false;
            PDResources page1 = doc.getPage(0).getResources();
            for (COSName name : page1.getXObjectNames()) {
                if (page1.isImageXObject(name)) {
                    logoImage = true;
                } else if (page1.getXObject(name) instanceof PDFormXObject form) {
                    for (COSName f : form.getResources().getFontNames()) {
                        fonts.add(form.getResources().getFont(f).getName().substring(7));
                    }
                    content.append(new String(form.getContentStream().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
            return new Page1(fonts, content.toString(), logoImage);
        }
    }
}
