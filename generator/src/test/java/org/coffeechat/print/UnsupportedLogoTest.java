package org.coffeechat.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.LoadedSite;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** A logo the packet cannot draw is a warning at site.yaml's {@code logo:}, and the packet shows the name instead. */
class UnsupportedLogoTest {

    private static final Path CASE = Fixtures.site("logo-mask");
    /** #123456, the logo's only colour. */
    private static final String LOGO_INK = "0.071 0.204 0.337 rg";

    @Test
    void warnsAtTheLogoValueAndLeavesAMaskedLogoOutOfThePacket() throws IOException {
        LoadedSite site = GuideBuilder.load(BuildRequest.defaults().withSite(CASE.resolve("site")));
        assertThat(site.warnings()).hasSize(1);
        assertThat(site.warnings().get(0).toString())
                .endsWith("site.yaml:7:7: warning: the logo uses <mask> (logo.svg line 8), which the PDF packets "
                        + "cannot draw; the packets show the organization's name instead");
        String page1 = page1(site);
        assertThat(page1).doesNotContain(LOGO_INK);
    }

    @Test
    void drawsTheSameLogoWithoutTheMask() throws IOException {
        LoadedSite site = GuideBuilder.load(BuildRequest.defaults().withSite(CASE.resolve("plain")));
        assertThat(site.warnings()).isEmpty();
        assertThat(page1(site)).contains(LOGO_INK);
    }

    @Test
    void failsOnTheWarningWhenStrict() {
        assertThatThrownBy(() -> GuideBuilder.load(BuildRequest.defaults().withSite(CASE.resolve("site")).strict(true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the logo uses <mask>");
    }

    /** The drawing operators of the cover, and a check that the organization's name is on it. */
    private static String page1(LoadedSite site) throws IOException {
        PacketPdf pdf = new PacketPdf(site.templates(), site.staticRoots(), site.config());
        PacketView view = SamplePacket.of("letter", List.of("Ana Lima"));
        byte[] bytes = pdf.render(view, PacketPdf.info(view, Instant.parse("2026-01-01T00:00:00Z")));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            StringBuilder content = new StringBuilder(new String(doc.getPage(0).getContents().readAllBytes(),
                    StandardCharsets.ISO_8859_1));
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    content.append(new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1));
                }
            }
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            assertThat(text.getText(doc)).contains(view.brand().organization());
            return content.toString();
        }
    }
}
