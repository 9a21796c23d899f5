package org.coffeechat.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through its own chromedriver: both paths are given explicitly,
 * so Selenium Manager never runs and nothing is downloaded. Chromium gets a fresh profile each time.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    /** Height of the emulated screen; screenshots still take the whole page. */
    private static final int SCREEN_HEIGHT = 900;

    /*
     * Selenium warns that it has no DevTools bindings for this Chromium version. The tests only use
     * chromedriver's own CDP pass-through (executeCdpCommand), which works with any version, so the
     * warning is noise. Held in fields because java.util.logging keeps loggers only weakly.
     */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"),
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    private static Path browser() {
        return Path.of(System.getProperty("coffeechat.chromium", "/usr/bin/chromium"));
    }

    private static Path chromedriver() {
        return Path.of(System.getProperty("coffeechat.chromedriver", "/usr/bin/chromedriver"));
    }

    /**
     * Why the browser tests cannot run on this machine, or empty when Chromium and chromedriver are
     * both there. With {@code CI=true} a missing browser fails instead, so CI never passes by skipping.
     */
    static Optional<String> whyUnavailable() {
        return whyUnavailable(browser(), chromedriver(), System.getenv());
    }

    static Optional<String> whyUnavailable(Path browser, Path chromedriver, Map<String, String> environment) {
        String missing = Stream.of(browser, chromedriver)
                .filter(p -> !Files.isExecutable(p))
                .map(Path::toString)
                .collect(Collectors.joining(" and "));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        if ("true".equalsIgnoreCase(environment.get("CI"))) {
            fail("Chromium is required in CI: run .ci/install-browser (not found: " + missing + ")");
        }
        return Optional.of("Browser tests skipped: " + missing + " not found. Install Chromium with "
                + ".ci/install-browser (Debian: apt-get install chromium chromium-driver), or point "
                + "-Dcoffeechat.chromium and -Dcoffeechat.chromedriver at your own copies.");
    }

    /** Starts Chromium with a fresh profile; call only when {@link #whyUnavailable()} is empty. */
    static Chromium start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("coffeechat-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().toFile());
        options.addArguments(ARGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .withLogFile(logFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Chromium(driver, profile);
    }

    private static File logFile() {
        Path log = Path.of(System.getProperty("basedir", "."), "target", "chromedriver.log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return log.toFile();
    }

    /**
     * Makes the page viewport {@code width} CSS pixels wide. Scrollbars overlay the page as on
     * phones, so the layout gets the full width and screenshots are exactly that wide.
     */
    void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", SCREEN_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
    }

    /** Opens {@code url} and waits until the document and its web fonts have finished loading. */
    void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js(
                "return document.readyState === 'complete' && document.fonts.status === 'loaded';")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    long number(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    /** Captures the whole page, beyond the visible screen, as PNG bytes. */
    byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = ((Number) content.get("height")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover profile in the temp folder does not affect any result.
        }
    }
}
