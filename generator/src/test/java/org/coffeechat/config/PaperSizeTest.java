package org.coffeechat.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.coffeechat.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperSizeTest {

    @TempDir
    Path dir;

    @Test
    void knowsItsHeightInWholeMillimetres() {
        assertEquals(279, PaperSize.LETTER.heightMm());
        assertEquals(297, PaperSize.A4.heightMm());
    }

    @ParameterizedTest
    @CsvSource({"en, LETTER", "en-US, LETTER", "en-CA, LETTER", "es-MX, LETTER", "en-GB, A4", "fr-FR, A4",
            "de-DE, A4", "zh-CN, A4"})
    void followsTheLocaleWhenTheSiteDoesNotSay(String locale, PaperSize expected) {
        assertEquals(expected, PaperSize.forLocale(locale));
    }

    @Test
    void readsThePaperFromTheSiteConfig() throws IOException {
        Files.writeString(dir.resolve("site.yaml"), "locale: en-US\npaper: a4\n");
        Diagnostics problems = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(Optional.of(dir), Path::toString, problems);
        assertEquals(PaperSize.A4, config.paper());
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void defaultsToThePaperOfTheSitesLocale() throws IOException {
        Files.writeString(dir.resolve("site.yaml"), "locale: en-GB\n");
        SiteConfig config = SiteConfigLoader.load(Optional.of(dir), Path::toString, new Diagnostics());
        assertEquals(PaperSize.A4, config.paper());
    }

    @Test
    void reportsAnUnknownPaperWithADidYouMean() throws IOException {
        Files.writeString(dir.resolve("site.yaml"), "title: T\npaper: A5\n");
        Diagnostics problems = new Diagnostics();
        SiteConfigLoader.load(Optional.of(dir), p -> "site/site.yaml", problems);
        assertEquals("site/site.yaml:2:8: unknown paper 'A5'; did you mean 'a4'? (one of: letter, a4)",
                problems.sorted().get(0).toString());
    }
}
