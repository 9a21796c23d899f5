package org.coffeechat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.build.PacketRequest;
import org.junit.jupiter.api.Test;

/**
 * An Arabic-speaking student's personal guide in Chromium: names in Arabic, Hebrew and Thai are
 * each marked with their language and laid out in their own direction inside Latin lines; a
 * screenshot is kept as target/screenshots/arabic-student-guide.png.
 */
class ArabicStudentGuideInBrowserTest {

    @Test
    void marksEachNameWithItsLanguageAndDirection() throws IOException {
        String unavailable = Chromium.whyUnavailable().orElse(null);
        assumeTrue(unavailable == null, unavailable);
        Path target = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");
        Path root = Path.of(System.getProperty("coffeechat.repoRoot", ".."));
        Path profile = target.resolve("arabic-student.yaml");
        String example = Files.readString(root.resolve("site/profiles/example.yaml"), StandardCharsets.UTF_8);
        Files.writeString(profile, example.replace("Zoë Ñúñez", "محمد الأحمد").replace("Zoë", "محمد")
                .replace("Priya Raman", "ليلى حداد").replace("Łukasz Nowak", "נועה כהן")
                .replace("Nora O'Brien", "สมชาย ใจดี"), StandardCharsets.UTF_8);
        Path guide = target.resolve("browser-arabic-student-guide");
        PacketBuilder.build(new PacketRequest(BuildRequest.defaults().withSite(root.resolve("site")), profile,
                LocalDate.of(2026, 2, 10)), guide);
        try (Chromium chromium = Chromium.start()) {
            chromium.viewport(1280);
            chromium.open(guide.resolve("index.html").toUri().toString());
            assertEquals("ar", chromium.js("return document.querySelector('.personal-hero h1 bdi').lang"));
            assertEquals("rtl", chromium.js(
                    "return getComputedStyle(document.querySelector('.personal-hero h1 bdi')).direction"));
            assertEquals("ar|ru|he|zh|th", chromium.js("return [...document.querySelectorAll('.contacts-table th bdi')]"
                    + ".map(b => b.lang).filter(l => l).join('|')"));
            assertEquals("", chromium.js("return [...document.querySelectorAll('.contacts-table td bdi')]"
                    + ".map(b => b.lang).join('')"), "Latin organisations keep the page's language");
            String contact = (String) chromium.js("return [...document.querySelectorAll('.contacts-table th a')]"
                    + ".find(a => a.textContent.includes('ليلى')).getAttribute('href')");
            chromium.open(guide.resolve(contact).toUri().toString());
            assertEquals("ar", chromium.js("return document.querySelector('h1 bdi').lang"));
            assertEquals("rtl", chromium.js("return getComputedStyle(document.querySelector('h1 bdi')).direction"));
            byte[] png = chromium.fullPageScreenshot();
            Path shot = target.resolve("screenshots").resolve("arabic-student-guide.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, png);
            chromium.open(guide.resolve("index.html").toUri().toString());
            Files.write(target.resolve("screenshots").resolve("arabic-student-guide-index.png"),
                    chromium.fullPageScreenshot());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int first = image.getRGB(0, 0);
            boolean varied = false;
            for (int y = 0; y < image.getHeight() && !varied; y += 3) {
                for (int x = 0; x < image.getWidth() && !varied; x += 3) {
                    varied = image.getRGB(x, y) != first;
                }
            }
            assertTrue(varied, "the screenshot is blank");
        }
    }
}
