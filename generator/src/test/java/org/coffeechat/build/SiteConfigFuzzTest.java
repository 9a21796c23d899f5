package org.coffeechat.build;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.Placed;
import org.coffeechat.fixtures.Fixtures;

/**
 * Any bytes as the site's {@code site.yaml}: loading the site (config, content, theme, every check)
 * either succeeds or fails with located problems, never with another exception. Inputs:
 * {@code SiteConfigFuzzTestInputs/}; fuzzing: docs/FUZZING.md.
 */
class SiteConfigFuzzTest {

    private static final Path SITE = Fixtures.moduleDir().resolve("target/fuzz/SiteConfigFuzzTest/site");
    private static final BuildRequest REQUEST = BuildRequest.defaults()
            .withContent(Fixtures.site("minimal").resolve("content")).withSite(SITE);

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"title: ", "organization: ", "baseUrl: ", "theme: ", "logo: ", "colors:", "  primary: ",
        "  accent: ", "navigation:", "  - title: ", "    url: ", "locale: ", "guidance:", "  meetingMinutes: ",
        "  resume: ", "  sensitiveQuestions: ", "paper: ", "a4", "en-CA", "#1f4e79", "https://x.org/g/", "/faq/#a",
        "default", "../", "img/logo.png", "\\x00", "\\x0A", ": ", "- ", "\\\"", "~"})
    void loadsAnySiteConfigWithLocatedProblemsOnly(byte[] input) throws IOException {
        Files.createDirectories(SITE);
        Path file = SITE.resolve("site.yaml");
        Files.write(file, input);
        try {
            GuideBuilder.load(REQUEST);
        } catch (InvalidInputException e) {
            Placed.assertWithinTheirFiles(e.diagnostics(),
                    Map.of(Fixtures.relativeDisplay(file), new String(input, StandardCharsets.UTF_8)));
        }
    }
}
