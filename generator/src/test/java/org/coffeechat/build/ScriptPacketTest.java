package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.print.PacketView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Packets for students and contacts whose names are written in every script the packet supports
 * ({@code src/test/resources/scripts/every-script.yaml}), read back as a student's PDF reader
 * would (poppler's {@code pdftotext}, which {@code .ci/install-browser} installs) and with PDFBox.
 */
class ScriptPacketTest {

    static final Path FIXTURE = Path.of("src/test/resources/scripts/every-script.yaml");
    static final Path OUT = Path.of("target/script-packets");
    /** The student of each packet: an Arabic, a Thai and a Devanagari name. */
    static final List<String[]> STUDENTS = List.of(
            new String[] {"arabic", "محمد الأحمد", "محمد"},
            new String[] {"thai", "สมศรี รักเรียน", "สมศรี"},
            new String[] {"devanagari", "अनन्या क्षत्रिय", "अनन्या"});

    static LoadedSite site;
    static PrintedPacket printer;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        site = GuideBuilder.load(BuildRequest.defaults().withSite(ExamplePacketTest.ROOT.resolve("site")));
        printer = new PrintedPacket(site);
        Files.createDirectories(OUT);
        for (String[] student : STUDENTS) {
            Path profile = profile(student[0], student[1], student[2]);
            byte[] pdf = pdf(profile);
            Path file = OUT.resolve(student[0] + ".pdf");
            Files.write(file, pdf);
            // The cover and the first contact's prep sheet as PNG, for a person to look at.
            run("pdftoppm", "-r", "70", "-f", "1", "-l", "4", "-png", file.toString(),
                    OUT.resolve(student[0]).toString());
        }
    }

    static Path profile(String name, String student, String shortName) throws IOException {
        String text = Files.readString(FIXTURE).replace("STUDENT_NAME", student).replace("STUDENT_SHORT", shortName);
        Path profile = OUT.resolve(name + ".yaml");
        Files.writeString(profile, text);
        return profile;
    }

    static byte[] pdf(Path profile) {
        LoadedPacket packet = PacketBuilder.load(site, profile, LocalDate.of(2026, 2, 10), false);
        return printer.pdf(packet, Optional.empty(), ExamplePacketTest.DATE);
    }

    static PacketView view(Path profile) {
        return printer.view(PacketBuilder.load(site, profile, LocalDate.of(2026, 2, 10), false), Optional.empty());
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed: run .ci/install-browser (poppler-utils)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " finished");
        assertEquals(0, p.exitValue(), command[0] + ": " + out);
        return out;
    }

    /** Every name and organisation the fixture writes. */
    static List<String> written(String key) throws IOException {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^    " + key + ": (.+)$").matcher(Files.readString(FIXTURE));
        while (m.find()) {
            values.add(m.group(1).strip());
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"arabic", "thai", "devanagari"})
    void givesBackEveryNameAndOrganisationExactlyToPdftotext(String student) throws Exception {
        String text = run("pdftotext", OUT.resolve(student + ".pdf").toString(), "-");
        String layout = run("pdftotext", "-layout", OUT.resolve(student + ".pdf").toString(), "-");
        List<String> wanted = new ArrayList<>(written("name"));
        wanted.addAll(written("organisation"));
        wanted.add(STUDENTS.stream().filter(s -> s[0].equals(student)).findFirst().orElseThrow()[1]);
        List<String> missing = new ArrayList<>();
        for (String w : wanted) {
            // A name longer than its column is wrapped; its words are each there.
            List<String> parts = w.length() > 60 ? List.of(w.split(" ")) : List.of(w);
            for (String part : parts) {
                if (!text.contains(part) || !layout.contains(part)) {
                    missing.add(part);
                }
            }
        }
        assertEquals(List.of(), missing, "pdftotext of the " + student + " student's packet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arabic", "thai", "devanagari"})
    void fitsEveryPrepSheetOnOnePageInEveryScript(String student) throws IOException {
        PacketView view = view(OUT.resolve(student + ".yaml"));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(OUT.resolve(student + ".pdf")))) {
            List<String> longer = new ArrayList<>();
            for (PDOutlineItem contact : doc.getDocumentCatalog().getDocumentOutline().children()) {
                List<PDOutlineItem> sections = new ArrayList<>();
                contact.children().forEach(sections::add);
                if (sections.size() < 2 || !sections.get(0).getTitle().equals("Prep sheet")) {
                    continue;
                }
                int sheet = ExamplePacketTest.page(doc, sections.get(0));
                if (ExamplePacketTest.page(doc, sections.get(1)) != sheet + 1) {
                    longer.add(contact.getTitle());
                }
            }
            assertEquals(List.of(), longer, "prep sheets longer than a page");
            long sheets = 0;
            for (PDOutlineItem contact : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (contact.getFirstChild() != null && contact.getFirstChild().getTitle().equals("Prep sheet")) {
                    sheets++;
                }
            }
            assertEquals(view.contacts().size(), sheets, "every contact has a prep sheet");
        }
    }

    @Test
    void givesTheSameBytesInAnyTimeZoneAndLocale() throws IOException {
        Path profile = OUT.resolve("arabic.yaml");
        byte[] first = Files.readAllBytes(OUT.resolve("arabic.pdf"));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            assertArrayEquals(first, pdf(profile));
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-ca-buddhist"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(first, pdf(profile));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void warnsOfACharacterNoFontDrawsWhereItIsWritten() throws IOException {
        Path profile = OUT.resolve("undrawable.yaml");
        String text = Files.readString(OUT.resolve("arabic.yaml"))
                .replace("organisation: Sunny Days Co-op 🌱", "organisation: Sunny Days 𓀀 Co-op");
        Files.writeString(profile, text);
        int line = 0;
        int column = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("𓀀");
            if (at >= 0) {
                line = i + 1;
                column = at + 1;
            }
        }
        LoadedPacket packet = PacketBuilder.load(site, profile, LocalDate.of(2026, 2, 10), false);
        List<String> warnings = packet.warnings().stream().filter(w -> w.message().contains("no font"))
                .map(Diagnostic::toString).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        String where = profile.toString();
        assertTrue(warnings.get(0).contains(":" + line + ":" + column + ":"), warnings.get(0) + " at " + where);
        assertTrue(warnings.get(0).contains("'𓀀' (U+13000 EGYPTIAN HIEROGLYPH A001)"), warnings.get(0));
        assertTrue(warnings.get(0).contains("prints it as [U+13000]"), warnings.get(0));

        InvalidInputException strict = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> PacketBuilder.load(site, profile, LocalDate.of(2026, 2, 10), true));
        assertTrue(strict.diagnostics().stream().anyMatch(d -> d.message().contains("U+13000")));

        // The packet draws the documented fallback, [U+13000] (TextLayoutTest), inside an
        // ActualText that gives readers the character back: PDFBox and pdftotext both read it.
        byte[] pdf = printer.pdf(packet, Optional.empty(), ExamplePacketTest.DATE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Sunny Days 𓀀 Co-op"));
        }
        Path file = OUT.resolve("undrawable.pdf");
        Files.write(file, pdf);
        try {
            assertTrue(run("pdftotext", file.toString(), "-").contains("Sunny Days 𓀀 Co-op"));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
