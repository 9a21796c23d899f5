package org.coffeechat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built-in guide in a real browser: every page type, opened from file:// and from a web server
 * under a sub-path, at phone (375 px) and desktop (1280 px) widths.
 */
class GuideInBrowserTest {

    private static final int PHONE = 375;
    private static final int DESKTOP = 1280;
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Integer> HTTP_STATUS = new HashMap<>();
    private static final Map<Path, Document> PARSED = new HashMap<>();

    private static Path target;
    private static Path site;
    private static SubPathServer server;
    private static Chromium chromium;
    /** Why the tests cannot run on this machine, or null. */
    private static String unavailable;

    @BeforeAll
    static void buildServeAndStartBrowser() {
        unavailable = Chromium.whyUnavailable().orElse(null);
        if (unavailable != null) {
            return;
        }
        chromium = Chromium.start();
        target = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");
        site = target.resolve("browser-site");
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

    static Stream<Arguments> everyPageTypeAtBothWidths() {
        return Stream.of(PageType.values())
                .flatMap(page -> Stream.of(Arguments.of(page, PHONE), Arguments.of(page, DESKTOP)));
    }

    static Stream<Arguments> everyPageTypeBothWaysServed() {
        return Stream.of(Served.values())
                .flatMap(served -> Stream.of(PageType.values()).map(page -> Arguments.of(served, page)));
    }

    static Stream<Arguments> everyPageTypeBothWaysServedAtBothWidths() {
        return everyPageTypeBothWaysServed().flatMap(a -> Stream.of(
                Arguments.of(a.get()[0], a.get()[1], PHONE), Arguments.of(a.get()[0], a.get()[1], DESKTOP)));
    }

    /**
     * The 404 page links from the server root ("/") unless site.yaml sets baseUrl, because hosts
     * serve it at any missing address; with the default settings those links work only when the
     * guide sits at the root of its domain, so it is left out of the link check.
     */
    static Stream<Arguments> pagesAtTheirOwnAddressBothWaysServed() {
        return everyPageTypeBothWaysServed().filter(a -> a.get()[1] != PageType.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("everyPageTypeAtBothWidths")
    void savesAFullPageScreenshotForReview(PageType page, int width) throws IOException {
        open(Served.UNDER_SUB_PATH, page, width);
        byte[] png = chromium.fullPageScreenshot();
        Path file = target.resolve("screenshots").resolve(page.id + "-" + width + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        long pageHeight = chromium.number("return document.documentElement.scrollHeight;");
        assertEquals(width, image.getWidth(), "screenshot width of " + file);
        assertEquals(pageHeight, image.getHeight(), "screenshot of " + file + " should cover the whole page");
    }

    @ParameterizedTest(name = "{1} from {0} at {2}px")
    @MethodSource("everyPageTypeBothWaysServedAtBothWidths")
    void hasNoSeriousOrCriticalAccessibilityViolations(Served served, PageType page, int width) {
        open(served, page, width);
        Results results = new AxeBuilder().analyze(chromium.driver);

        assertFalse(results.isErrored(), () -> "axe-core failed: " + results.getErrorMessage());
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        assertTrue(blocking.isEmpty(), () -> page + " at " + width + "px has " + blocking.size()
                + " serious or critical axe violation(s):\n" + describe(blocking));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyPageTypeBothWaysServed")
    void fitsA375PixelScreenWithoutSidewaysScrolling(Served served, PageType page) {
        open(served, page, PHONE);

        long viewport = chromium.number("return window.innerWidth;");
        long content = chromium.number("return document.documentElement.scrollWidth;");
        assertEquals(PHONE, viewport, "viewport width");
        assertTrue(content <= viewport, () -> page + " is " + content + "px wide on a " + viewport
                + "px screen; widest elements: " + widestElements(viewport));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyPageTypeBothWaysServed")
    void hasExactlyOneH1(Served served, PageType page) {
        open(served, page, DESKTOP);

        assertEquals(1, chromium.driver.findElements(By.tagName("h1")).size(), "h1 elements on " + page);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyPageTypeBothWaysServed")
    void skipLinkIsTheFirstThingTabReachesAndJumpsToTheContent(Served served, PageType page) {
        open(served, page, PHONE);
        assertEquals("BODY", chromium.js("return document.activeElement.tagName;"), "focus before pressing Tab");

        new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
        WebElement focused = chromium.driver.switchTo().activeElement();
        assertTrue(focused.getAttribute("class").contains("skip-link"),
                () -> "Tab reached <" + focused.getTagName() + " class=\"" + focused.getAttribute("class")
                        + "\"> first, not the skip link");
        assertTrue(chromium.number("return arguments[0].getBoundingClientRect().top;", focused) >= 0,
                "the focused skip link is on screen");

        new Actions(chromium.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("main", chromium.driver.switchTo().activeElement().getAttribute("id"),
                "focus after following the skip link");
    }

    /** The 404 page links from the server root (see above), so from file:// it has no styles to test. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PageType.class, mode = EnumSource.Mode.EXCLUDE, names = "NOT_FOUND")
    void keyboardFocusIsVisibleOnEveryControlTabReaches(PageType page) {
        open(Served.FROM_FILE, page, DESKTOP);

        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
            WebElement focused = chromium.driver.switchTo().activeElement();
            if (focused.getTagName().equals("body")) {
                break;
            }
            String style = (String) chromium.js("return getComputedStyle(arguments[0]).outlineStyle;", focused);
            double width = ((Number) chromium.js("return parseFloat(getComputedStyle(arguments[0]).outlineWidth);",
                    focused)).doubleValue();
            if (style.equals("none") || width < 2) {
                invisible.add("<" + focused.getTagName() + "> " + focused.getText() + " (outline " + style + " " + width + "px)");
            }
        }
        assertEquals(List.of(), invisible, "focused elements without a visible outline on " + page);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PageType.class, mode = EnumSource.Mode.EXCLUDE, names = "NOT_FOUND")
    void printsTheContentWithoutNavigationChromeAndSavesAPdfForReview(PageType page) throws IOException {
        open(Served.FROM_FILE, page, DESKTOP);
        chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String chrome : List.of(".site-header", ".skip-link", ".breadcrumbs", ".pager", ".chips", ".filter")) {
                assertEquals(Boolean.TRUE, chromium.js("return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".every(e => getComputedStyle(e).display === 'none');", chrome), chrome + " hidden in print");
            }
            assertEquals("block", chromium.js("return getComputedStyle(document.querySelector('main')).display;"));
            assertEquals("rgb(0, 0, 0)", chromium.js("return getComputedStyle(document.querySelector('h1')).color;"),
                    "headings print black");
        } finally {
            chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        byte[] pdf = java.util.Base64.getDecoder().decode(
                chromium.driver.print(new org.openqa.selenium.print.PrintOptions()).getContent());
        Path file = target.resolve("print").resolve(page.id + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "a PDF was printed");
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("pagesAtTheirOwnAddressBothWaysServed")
    void linksStylesAndScriptsAllResolveInsideTheSite(Served served, PageType page) {
        open(served, page, DESKTOP);
        String base = base(served).toString();
        @SuppressWarnings("unchecked")
        List<String> addresses = (List<String>) chromium.js("return Array.from(document.querySelectorAll("
                + "'a[href], link[href], script[src], img[src]')).map(e => e.href || e.src);");
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) chromium.js(
                "return performance.getEntriesByType('resource').map(e => e.name);");

        List<String> problems = new ArrayList<>();
        for (String address : addresses) {
            String problem = brokenLink(served, base, address);
            if (problem != null) {
                problems.add(address + ": " + problem);
            }
        }
        fetched.stream().filter(url -> !url.startsWith(base))
                .forEach(url -> problems.add(url + ": loaded from outside the site"));
        assertTrue(problems.isEmpty(), () -> page + " from " + served + " has broken addresses:\n"
                + String.join("\n", problems));
        assertEquals("rgb(31, 78, 121)", chromium.js("return getComputedStyle("
                + "document.querySelector('.site-header')).backgroundColor;"), "header colour from site.css");
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Served.class)
    void choosingTheInsightObjectiveShowsOnlyInsightQuestions(Served served) {
        open(served, PageType.QUESTIONS, DESKTOP);
        int total = chromium.driver.findElements(By.cssSelector(".question")).size();

        chromium.driver.findElement(By.cssSelector("#objective-filter input[name=objective][value=insight]")).click();
        new WebDriverWait(chromium.driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector(".question[hidden]")).isEmpty());

        List<WebElement> visible = chromium.driver.findElements(By.cssSelector(".question")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
        assertFalse(visible.isEmpty(), "some questions stay visible");
        assertTrue(visible.size() < total, "some questions are hidden");
        List<String> otherObjectives = visible.stream()
                .filter(q -> !"insight".equals(q.getAttribute("data-objective")))
                .map(q -> q.getAttribute("id") + "=" + q.getAttribute("data-objective"))
                .toList();
        assertEquals(List.of(), otherObjectives, "visible questions that are not insight questions");
        assertEquals("Showing " + visible.size() + " questions.",
                chromium.driver.findElement(By.cssSelector(".filter-status")).getText());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Served.class)
    void copyButtonsAppearAndSayWhatHappenedWhenClicked(Served served) {
        open(served, PageType.OUTREACH, DESKTOP);
        List<WebElement> buttons = chromium.driver.findElements(By.cssSelector("button.copy"));
        assertFalse(buttons.isEmpty(), "copy buttons on the outreach page");
        assertTrue(buttons.stream().allMatch(WebElement::isDisplayed), "every copy button is shown once JS runs");

        WebElement button = buttons.get(0);
        assertEquals("Copy message", button.getText());
        button.click();
        WebElement status = button.findElement(By.xpath("following-sibling::span[contains(@class,'copy-status')]"));
        // Headless Chromium may deny the clipboard; either outcome must be reported to the reader.
        new WebDriverWait(chromium.driver, Duration.ofSeconds(5)).until(d -> !status.getText().isBlank());
    }

    private void open(Served served, PageType page, int width) {
        chromium.viewport(width);
        chromium.open(base(served).resolve(page.path).toString());
    }

    private static URI base(Served served) {
        return served == Served.FROM_FILE ? site.toUri() : server.base();
    }

    /** Why an address on a page does not lead to a real file (and anchor) in the site, or null if it does. */
    private static String brokenLink(Served served, String base, String address) {
        if (!address.startsWith(base)) {
            return "points outside the site";
        }
        String rest = address.substring(base.length());
        String fragment = rest.contains("#") ? rest.substring(rest.indexOf('#') + 1) : "";
        String path = rest.replaceFirst("[?#].*", "");
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        Path file = site.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            return "no such file in the site";
        }
        if (served == Served.UNDER_SUB_PATH) {
            int status = HTTP_STATUS.computeIfAbsent(base + path, GuideInBrowserTest::status);
            if (status != 200) {
                return "the server answers " + status;
            }
        }
        if (!fragment.isEmpty() && path.endsWith(".html")
                && PARSED.computeIfAbsent(file, GuideInBrowserTest::parse).getElementById(fragment) == null) {
            return "no element with id '" + fragment + "'";
        }
        return null;
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .map(node -> "    " + node.getTarget())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String widestElements(long viewport) {
        return String.valueOf(chromium.js("""
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > arguments[0])
                  .slice(0, 5)
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                            + ' right=' + Math.round(e.getBoundingClientRect().right));
                """, viewport));
    }
}
