package org.coffeechat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search box of the built-in guide, typed into from file:// and from a server under a sub-path. */
class SearchInBrowserTest {

    private static Path site;
    private static SubPathServer server;
    private static Chromium chromium;
    private static String unavailable;

    @BeforeAll
    static void buildServeAndStartBrowser() {
        unavailable = Chromium.whyUnavailable().orElse(null);
        if (unavailable != null) {
            return;
        }
        chromium = Chromium.start();
        site = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target/search-site");
        GuideBuilder.build(BuildRequest.defaults(), site);
        server = SubPathServer.serve(site);
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(unavailable == null, unavailable);
    }

    @AfterAll
    static void stopEverything() {
        if (server != null) {
            server.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    private static URI base(Served served) {
        return served == Served.FROM_FILE ? site.toUri() : server.base();
    }

    /** Opens a page deep in the site (so result links must climb to the root) and types into the box. */
    private WebElement typeOnAStepPage(Served served, String text) {
        chromium.viewport(1280);
        chromium.open(base(served).resolve("steps/understand/what-it-is.html").toString());
        WebElement input = chromium.driver.findElement(By.id("site-search-input"));
        input.sendKeys(text);
        return input;
    }

    private static List<WebElement> results() {
        return chromium.driver.findElements(By.cssSelector("#site-search-results li"));
    }

    private static String status() {
        return chromium.driver.findElement(By.cssSelector(".site-search .search-status")).getText();
    }

    private static void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(chromium.driver, Duration.ofSeconds(10)).withMessage(what).until(d -> condition.get());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Served.class)
    void typingPartOfAWordFindsTheGuidePageWithItInItsTitle(Served served) {
        typeOnAStepPage(served, "self-intro");

        waitFor("results for 'self-intro'", () -> !results().isEmpty());
        WebElement first = results().get(0).findElement(By.tagName("a"));
        assertEquals("Prepare your self-introduction", first.getText());
        assertEquals(base(served) + "steps/prepare/self-introduction.html", first.getAttribute("href"));
        assertTrue(status().matches("\\d+ results? for “self-intro”\\."), status());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Served.class)
    void findsQuestionsAndMessageTemplatesByTheirWords(Served served) {
        typeOnAStepPage(served, "thank you");

        waitFor("results for 'thank you'", () -> !results().isEmpty());
        List<String> kinds = results().stream().map(r -> r.findElement(By.className("search-kind")).getText()).toList();
        assertTrue(kinds.contains("MESSAGE TEMPLATE") || kinds.contains("Message template"), () -> "kinds: " + kinds);

        WebElement input = chromium.driver.findElement(By.id("site-search-input"));
        input.clear();
        input.sendKeys("journals");
        waitFor("a question first in the results for 'journals'", () -> !results().isEmpty() && results().get(0)
                .findElement(By.tagName("a")).getAttribute("href").contains("questions/index.html#"));
        assertTrue(results().get(0).getText().startsWith("Which professional publications or journals should I read"),
                () -> results().get(0).getText());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Served.class)
    void saysSoWhenNothingMatches(Served served) {
        typeOnAStepPage(served, "zyxwvut");

        waitFor("the status", () -> !status().isEmpty());
        assertEquals("No results for “zyxwvut”.", status());
        assertEquals(0, results().size());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Served.class)
    void arrowKeysReachTheResultsAndEnterOpensOne(Served served) {
        WebElement input = typeOnAStepPage(served, "self-intro");
        waitFor("results", () -> !results().isEmpty());

        input.sendKeys(Keys.ARROW_DOWN);
        WebElement focused = chromium.driver.switchTo().activeElement();
        assertEquals("Prepare your self-introduction", focused.getText());
        focused.sendKeys(Keys.ENTER);

        waitFor("the result's page", () -> chromium.driver.getCurrentUrl().endsWith("steps/prepare/self-introduction.html"));
        assertEquals("Prepare your self-introduction", chromium.driver.findElement(By.tagName("h1")).getText());
    }

    @ParameterizedTest(name = "at {0}px")
    @org.junit.jupiter.params.provider.ValueSource(ints = {375, 1280})
    void savesAScreenshotOfOpenResultsForReview(int width) throws java.io.IOException {
        chromium.viewport(width);
        chromium.open(server.base().resolve("steps/understand/what-it-is.html").toString());
        chromium.driver.findElement(By.id("site-search-input")).sendKeys("follow up");
        waitFor("results", () -> !results().isEmpty());

        byte[] png = chromium.fullPageScreenshot();
        Path file = site.getParent().resolve("screenshots").resolve("search-" + width + ".png");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, png);
        long right = chromium.number("return Math.round(document.querySelector('.search-panel').getBoundingClientRect().right);");
        assertTrue(right <= width, "the results fit the screen: right edge at " + right + "px");
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Served.class)
    void escapeClearsTheBoxAndTheResults(Served served) {
        WebElement input = typeOnAStepPage(served, "resume");
        waitFor("results", () -> !results().isEmpty());

        input.sendKeys(Keys.ESCAPE);

        assertEquals("", input.getAttribute("value"));
        assertEquals(0, results().size());
        assertEquals("", status());
    }
}
