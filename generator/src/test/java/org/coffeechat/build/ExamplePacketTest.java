package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.coffeechat.config.PaperSize;
import org.coffeechat.print.PacketView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example student's packet (site/profiles/example.yaml with the example site), read back with PDFBox. */
class ExamplePacketTest {

    static final Path ROOT = Path.of(System.getProperty("coffeechat.repoRoot", ".."));
    static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");
    static final List<String> SECTIONS = List.of("Prep sheet", "About", "Research checklist", "Self-introduction",
            "Questions", "Etiquette for a", "Outreach draft", "After the meeting", "Thank-you draft");

    static PrintedPacket printer;
    static LoadedPacket packet;
    static PacketView view;
    static byte[] pdf;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        LoadedSite site = GuideBuilder.load(BuildRequest.defaults().withSite(ROOT.resolve("site")));
        packet = PacketBuilder.load(site, ROOT.resolve("site/profiles/example.yaml"), LocalDate.of(2026, 2, 10), false);
        printer = new PrintedPacket(site);
        view = printer.view(packet, Optional.empty());
        pdf = printer.pdf(view, DATE);
        Path out = Path.of("target/example-packet");
        Files.createDirectories(out);
        Files.write(out.resolve("packet.pdf"), pdf);
        pictures(out, 6);
    }

    /** The first pages as PNG for a person to look at: pdftoppm when installed, else PDFBox's renderer. */
    private static void pictures(Path out, int pages) throws IOException, InterruptedException {
        boolean made = false;
        try {
            Process p = new ProcessBuilder("pdftoppm", "-r", "80", "-f", "1", "-l", String.valueOf(pages), "-png",
                    out.resolve("packet.pdf").toString(), out.resolve("page").toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            made = p.waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        if (!made) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < pages; i++) {
                    BufferedImage image = renderer.renderImageWithDPI(i, 80);
                    ImageIO.write(image, "png", out.resolve(String.format("page-%d.png", i + 1)).toFile());
                }
            }
        }
    }

    static PDDocument doc() {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    static int page(PDDocument doc, PDOutlineItem item) throws IOException {
        return doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
    }

    @Test
    void hasABookmarkForEveryContactAndEachOfItsSections() throws IOException {
        try (PDDocument doc = doc()) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (top.size() > 2) {
                    List<String> children = new ArrayList<>();
                    item.children().forEach(c -> children.add(c.getTitle()));
                    assertEquals(SECTIONS.size(), children.size(), item.getTitle() + ": " + children);
                    for (int i = 0; i < SECTIONS.size(); i++) {
                        assertTrue(children.get(i).startsWith(SECTIONS.get(i)), children.toString());
                    }
                }
            }
            List<String> expected = new ArrayList<>(List.of("Cover", "Your campaign"));
            view.contacts().forEach(c -> expected.add(c.name()));
            assertEquals(expected, top);
        }
    }

    /** The packet's etiquette and status are the guide's: for the contact's meeting mode, the firmest rules first. */
    @Test
    void printsTheGuidesEtiquetteFirmestFirst() throws IOException {
        List<String> firmness = List.of("must", "should", "consider");
        for (int i = 0; i < view.contacts().size(); i++) {
            var printed = view.contacts().get(i).etiquette();
            assertEquals(packet.guide().contacts().get(i).etiquette(), printed);
            assertEquals(packet.guide().contacts().get(i).status(), view.contacts().get(i).status());
            for (var group : printed) {
                List<Integer> order = group.rules().stream().map(r -> firmness.indexOf(r.firmness())).toList();
                assertEquals(order.stream().sorted().toList(), order, group.title());
            }
        }
        try (PDDocument doc = doc()) {
            PDOutlineItem etiquette = null;
            for (PDOutlineItem section : find(doc, "Priya Raman").children()) {
                if (section.getTitle().startsWith("Etiquette for a")) {
                    etiquette = section;
                }
            }
            String text = pageText(doc, page(doc, etiquette)).replaceAll("\\s+", " ");
            var before = view.contacts().get(0).etiquette().stream().filter(g -> g.id().equals("before")).findFirst()
                    .orElseThrow().rules();
            String firstMust = before.stream().filter(r -> r.firmness().equals("must")).findFirst().orElseThrow().rule();
            String firstShould = before.stream().filter(r -> r.firmness().equals("should")).findFirst().orElseThrow()
                    .rule();
            assertTrue(text.indexOf(firstMust) >= 0 && text.indexOf(firstMust) < text.indexOf(firstShould), text);
        }
    }

    /** The plan's steps and the drafts' channels in the packet read as they do in the guide. */
    @Test
    void printsTheStepsAndChannelsInTheGuidesWords() {
        for (int i = 0; i < view.contacts().size(); i++) {
            var printed = view.contacts().get(i);
            var shown = packet.guide().contacts().get(i);
            assertEquals(shown.steps().stream().map(s -> s.title()).toList(),
                    printed.steps().stream().map(s -> s.title()).toList());
            assertEquals(shown.steps().stream().map(s -> s.state()).toList(),
                    printed.steps().stream().map(s -> s.state()).toList());
            printed.outreach().ifPresent(d -> assertTrue(shown.drafts().stream().anyMatch(g -> g.title().equals(d.title())
                    && g.channel().equals(d.channel())), d.title() + " / " + d.channel()));
        }
    }

    /** The drafts and the after-meeting notes the packet prints are the guide's own, word for word. */
    @Test
    void printsTheGuidesDraftsAndNotesAsTheGuideShowsThem() {
        boolean sawNotes = false;
        for (int i = 0; i < view.contacts().size(); i++) {
            var printed = view.contacts().get(i);
            var shown = packet.guide().contacts().get(i);
            printed.outreach().ifPresent(d -> assertTrue(shown.drafts().contains(d), d.title()));
            printed.thankYou().ifPresent(d -> assertTrue(shown.drafts().contains(d), d.title()));
            assertEquals(shown.after(), printed.after());
            for (String note : shown.after().learned().map(List::of).orElse(List.of())) {
                sawNotes = true;
                assertTrue(Character.isUpperCase(note.codePointAt(0)) && note.endsWith("."), note);
            }
        }
        assertTrue(sawNotes, "the example profile has a contact with notes on what the student learned");
    }

    @Test
    void printsEachSectionWithItsContent() throws IOException {
        try (PDDocument doc = doc()) {
            PDOutlineItem priya = find(doc, "Priya Raman");
            PacketView.ContactView c = view.contacts().get(0);
            for (PDOutlineItem section : priya.children()) {
                String text = pageText(doc, page(doc, section)).replaceAll("\\s+", " ");
                String title = section.getTitle();
                if (title.equals("Questions")) {
                    assertTrue(text.contains("1. " + c.questions().get(0).text()), text);
                } else if (title.startsWith("Etiquette for a")) {
                    assertTrue(title.equals("Etiquette for a video call"), title);
                    assertTrue(text.contains(c.etiquette().get(0).rules().get(0).rule()), text);
                } else if (title.equals("After the meeting")) {
                    assertTrue(text.contains("What I learned") && text.contains("May I use Priya Raman's name?")
                            && text.contains("Дарья Иванова") && text.contains("Thank-you sent"), text);
                } else if (title.equals("Research checklist")) {
                    assertTrue(text.contains(c.research().get(0).items().get(0).text().substring(0, 30)), text);
                } else if (title.equals("Self-introduction")) {
                    assertTrue(text.contains("Hello, I'm Zoë Ñúñez"), text);
                } else if (title.equals("Thank-you draft") || title.equals("Outreach draft")) {
                    assertTrue(text.contains("Priya"), text);
                }
                assertTrue(text.contains("Zoë Ñúñez · Priya Raman, Solaris Grid"), "running header on " + title);
                assertTrue(text.matches(".*page \\d+ of " + doc.getNumberOfPages() + ".*"), "page X of Y on " + title);
            }
        }
    }

    @Test
    void fitsEachContactsPrepSheetOnExactlyOnePage() throws IOException {
        try (PDDocument doc = doc()) {
            for (PacketView.ContactView c : view.contacts()) {
                PDOutlineItem contact = find(doc, c.name());
                List<PDOutlineItem> sections = new ArrayList<>();
                contact.children().forEach(sections::add);
                assertEquals("Prep sheet", sections.get(0).getTitle());
                int sheet = page(doc, sections.get(0));
                assertEquals(sheet, page(doc, contact));
                assertEquals(sheet + 1, page(doc, sections.get(1)), c.name() + "'s prep sheet takes one page");
                assertTrue(pageText(doc, sheet).toUpperCase(Locale.ROOT).contains("ASK FIRST"));
            }
        }
    }

    @Test
    void printsTheNamesWithoutAMissingGlyph() throws IOException {
        List<String> names = List.of("Zoë Ñúñez", "Łukasz Nowak", "Дарья Иванова", "王小明");
        Set<Integer> wanted = new HashSet<>();
        names.forEach(n -> n.codePoints().filter(cp -> cp != ' ').forEach(wanted::add));
        Set<Integer> seen = new HashSet<>();
        List<String> missing = new ArrayList<>();
        try (PDDocument doc = doc()) {
            String text = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    int cp = t.getUnicode().codePointAt(0);
                    if (wanted.contains(cp) && t.getFont() instanceof PDType0Font font) {
                        seen.add(cp);
                        try {
                            if (((PDCIDFontType2) font.getDescendantFont()).codeToGID(t.getCharacterCodes()[0]) == 0) {
                                missing.add(t.getUnicode());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    super.processTextPosition(t);
                }
            }.getText(doc);
            names.forEach(n -> assertTrue(text.contains(n), n));
        }
        assertEquals(List.of(), missing);
        assertEquals(wanted, seen);
    }

    @Test
    void writesTheDocumentInformationOnThePaperOfTheSite() throws IOException {
        try (PDDocument doc = doc()) {
            assertEquals("Coffee chat packet: Zoë Ñúñez", doc.getDocumentInformation().getTitle());
            assertEquals("Zoë Ñúñez", doc.getDocumentInformation().getAuthor());
            assertTrue(doc.getDocumentInformation().getSubject().contains("王小明"));
            assertEquals("en-CA", doc.getDocumentCatalog().getLanguage());
            assertEquals(DATE.toEpochMilli(), doc.getDocumentInformation().getCreationDate().getTimeInMillis());
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.5f); // en-CA prints on Letter
        }
        try (PDDocument a4 = Loader.loadPDF(printer.pdf(packet, Optional.of(PaperSize.A4), DATE))) {
            assertEquals(595.3f, a4.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(841.9f, a4.getPage(0).getMediaBox().getHeight(), 0.5f);
        }
    }

    @Test
    void givesIdenticalBytesForTheSameProfile() {
        assertArrayEquals(pdf, printer.pdf(packet, Optional.empty(), DATE));
    }

    @Test
    void leavesPicturesOfTheFirstPagesForAPersonToLookAt() {
        for (int i = 1; i <= 6; i++) {
            Path a = Path.of("target/example-packet/page-" + i + ".png");
            Path b = Path.of("target/example-packet/page-0" + i + ".png");
            assertTrue(Files.isRegularFile(a) || Files.isRegularFile(b), "page " + i + " as PNG");
        }
    }

    private static PDOutlineItem find(PDDocument doc, String title) {
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no outline entry " + title);
    }
}
