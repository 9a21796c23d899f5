package org.coffeechat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.build.PacketRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example student's personal guide in Chromium, from file:// as a student opens it: no
 * serious accessibility problem, nothing wider than a phone, the timeline drawn, the copy
 * buttons working; full-page screenshots are kept under target/screenshots/ for review.
 */
class PersonalGuideInBrowserTest {

    private static final int PHONE = 375;
    private static final int DESKTOP = 1280;
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final List<String> PAGES = List.of("index.html", "contacts/darya-ivanova.html",
            "contacts/contact-acf979cc.html", "contacts/lukasz-nowak.html");

    private static Path target;
    private static Path guide;
    private static Chromium chromium;
    private static String unavailable;

    @BeforeAll
    static void buildAndStartBrowser() {
        unavailable = Chromium.whyUnavailable().orElse(null);
        if (unavailable != null) {
            return;
        }
        target = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");
        guide = target.resolve("browser-personal-guide");
        Path root = Path.of(System.getProperty("coffeechat.repoRoot", ".."));
        PacketBuilder.build(new PacketRequest(BuildRequest.defaults().withSite(root.resolve("site")),
                root.resolve("site/profiles/example.yaml"), LocalDate.of(2026, 2, 10)), guide);
        chromium = Chromium.start();
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(unavailable == null, unavailable);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    static Stream<Arguments> pagesAtBothWidths() {
        return PAGES.stream().flatMap(p -> Stream.of(Arguments.of(p, PHONE), Arguments.of(p, DESKTOP)));
    }

    private void open(String page, int width) {
        chromium.viewport(width);
        chromium.open(guide.resolve(page).toUri().toString());
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("pagesAtBothWidths")
    void hasNoSeriousAccessibilityViolationsAndFitsTheScreen(String page, int width) throws IOException {
        open(page, width);
        Results results = new AxeBuilder().analyze(chromium.driver);
        assertFalse(results.isErrored(), () -> "axe-core failed: " + results.getErrorMessage());
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING_IMPACTS.contains(r.getImpact()))
                .toList();
        assertTrue(blocking.isEmpty(), () -> page + " at " + width + "px: " + blocking.stream()
                .map(r -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream().map(n -> n.getTarget().toString())
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("\n")));
        assertEquals(width, chromium.number("return document.documentElement.scrollWidth;"),
                page + " is wider than the screen at " + width + "px");
        Path shot = target.resolve("screenshots").resolve("personal-" + page.replace('/', '-').replace(".html", "")
                + "-" + width + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, chromium.fullPageScreenshot());
    }

    @Test
    void drawsTheTimelineWithEveryContactAndToday() {
        open("index.html", DESKTOP);
        WebElement svg = chromium.driver.findElement(By.cssSelector("figure.timeline-figure svg"));
        assertTrue(svg.getSize().getWidth() > 600, "timeline width " + svg.getSize());
        List<String> texts = svg.findElements(By.tagName("text")).stream().map(WebElement::getText).toList();
        assertTrue(texts.containsAll(List.of("Priya Raman", "Дарья Иванова", "Łukasz Nowak", "王小明", "Today, 10 Feb")),
                texts.toString());
    }

    @Test
    void copyButtonsAppearAndSayWhatHappened() {
        open("contacts/darya-ivanova.html", DESKTOP);
        List<WebElement> buttons = chromium.driver.findElements(By.cssSelector("button.copy"));
        assertFalse(buttons.isEmpty());
        assertTrue(buttons.stream().allMatch(WebElement::isDisplayed), "copy buttons are shown once JS runs");
        WebElement button = buttons.get(0);
        button.click();
        WebElement status = button.findElement(By.xpath("following-sibling::span[contains(@class,'copy-status')]"));
        // Headless Chromium may deny the clipboard; either outcome must be reported to the reader.
        new WebDriverWait(chromium.driver, Duration.ofSeconds(5)).until(d -> !status.getText().isBlank());
        assertTrue(status.getText().equals("Copied to the clipboard.")
                || status.getText().startsWith("Could not copy"), status.getText());
        assertTrue(chromium.driver.findElement(By.cssSelector("a.mailto")).getAttribute("href").startsWith("mailto:"));
    }
}
