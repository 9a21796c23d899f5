package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cohort with personal guides: each profile's guide lands in NAME/ beside NAME.pdf, as one packet would. */
class CohortGuidesTest {

    private static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private CohortRequest request(Path profiles, Path out, boolean guides) {
        return new CohortRequest(BuildRequest.defaults(), profiles, out, Optional.empty(), Optional.empty(), TODAY, DATE,
                1, false, guides);
    }

    private Path profiles() throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Path example = Path.of(System.getProperty("coffeechat.repoRoot", ".."), "site/profiles/example.yaml");
        Files.copy(example, profiles.resolve("zoe.yaml"));
        return profiles;
    }

    @Test
    void writesEachStudentsPersonalGuideBesideTheirPdf() throws IOException {
        Path profiles = profiles();
        Path out = dir.resolve("packets");
        CohortResult result = CohortBuilder.build(request(profiles, out, true), CohortListener.SILENT);
        assertEquals(1, result.rendered());
        assertTrue(Files.isRegularFile(out.resolve("zoe.pdf")));
        for (String file : new String[] {"index.html", "timeline.svg", PacketBuilder.TRACKER_CSV,
                PacketBuilder.TRACKER_XLSX, PacketBuilder.CALENDAR}) {
            assertTrue(Files.isRegularFile(out.resolve("zoe").resolve(file)), "missing zoe/" + file);
        }
        assertTrue(Files.readString(out.resolve("zoe/index.html")).contains("Zoë"));
    }

    @Test
    void writesTheSameGuideAsThePacketCommandForOneProfile() throws IOException {
        Path profiles = profiles();
        Path out = dir.resolve("packets");
        CohortBuilder.build(request(profiles, out, true), CohortListener.SILENT);
        Path single = dir.resolve("single");
        PacketBuilder.build(new PacketRequest(BuildRequest.defaults(), profiles.resolve("zoe.yaml"), TODAY, DATE), single);
        for (String file : new String[] {"index.html", PacketBuilder.TRACKER_CSV, PacketBuilder.CALENDAR}) {
            assertArrayEquals(Files.readAllBytes(single.resolve(file)), Files.readAllBytes(out.resolve("zoe").resolve(file)),
                    file + " differs");
        }
    }

    /** The guide's packet.pdf is the cohort's PDF of that student, on the paper the cohort was asked for. */
    @Test
    void putsTheSamePdfInTheGuideOnThePaperAskedFor() throws IOException {
        Path out = dir.resolve("packets");
        CohortBuilder.build(new CohortRequest(BuildRequest.defaults(), profiles(), out, Optional.empty(),
                Optional.of(org.coffeechat.config.PaperSize.A4), TODAY, DATE, 1, false, true), CohortListener.SILENT);
        byte[] pdf = Files.readAllBytes(out.resolve("zoe.pdf"));
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve("zoe").resolve(PrintedPacket.FILE)));
        // The page dictionaries are in compressed object streams: read the paper back with PDFBox.
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(595.3f, doc.getPage(0).getMediaBox().getWidth(), 0.5f, "not A4");
        }
    }

    /**
     * A broken personal-guide template is the site's mistake, not each student's: a cohort that
     * writes guides stops once with it; a cohort of PDFs only does not use the template and renders.
     */
    @Test
    void checksTheGuidesTemplatesOnceAndOnlyWhenItWritesGuides() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site/templates/personal"));
        Files.writeString(site.resolve("contact.ftlh"), "<p>${contact.name</p>\n");
        Path profiles = profiles();
        Files.copy(profiles.resolve("zoe.yaml"), profiles.resolve("zoe2.yaml"));
        BuildRequest broken = BuildRequest.defaults().withSite(dir.resolve("site"));
        org.coffeechat.diag.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.coffeechat.diag.InvalidInputException.class,
                () -> CohortBuilder.build(new CohortRequest(broken, profiles, dir.resolve("with-guides"), Optional.empty(),
                        Optional.empty(), TODAY, DATE, 1, false, true), CohortListener.SILENT));
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        assertTrue(e.diagnostics().get(0).location().path().endsWith("contact.ftlh"), e.diagnostics().toString());
        assertFalse(Files.exists(dir.resolve("with-guides")));

        CohortResult pdfs = CohortBuilder.build(new CohortRequest(broken, profiles, dir.resolve("pdfs"), Optional.empty(),
                Optional.empty(), TODAY, DATE, 1, false, false), CohortListener.SILENT);
        assertEquals(2, pdfs.rendered());
        assertTrue(pdfs.failed().isEmpty(), pdfs.failed().toString());
    }

    @Test
    void writesOnlyThePdfsWhenGuidesAreNotAskedFor() throws IOException {
        Path out = dir.resolve("packets");
        CohortBuilder.build(request(profiles(), out, false), CohortListener.SILENT);
        assertTrue(Files.isRegularFile(out.resolve("zoe.pdf")));
        assertFalse(Files.exists(out.resolve("zoe")));
    }
}
