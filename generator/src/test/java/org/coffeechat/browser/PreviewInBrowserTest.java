package org.coffeechat.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.serve.Preview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code coffeechat serve} with a real browser: saving a file updates the open page by itself, a
 * broken file shows its problems over the page, and fixing it takes them away.
 */
class PreviewInBrowserTest {

    private static Chromium chromium;
    private static String unavailable;

    @TempDir
    Path dir;

    private Preview preview;
    private final StringWriter log = new StringWriter();

    @BeforeAll
    static void startBrowser() {
        unavailable = Chromium.whyUnavailable().orElse(null);
        if (unavailable == null) {
            chromium = Chromium.start();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void serveACopyOfTheMinimalSite() {
        assumeTrue(unavailable == null, unavailable);
        Fixtures.copyTree(Fixtures.site("minimal"), dir);
        BuildRequest request = BuildRequest.defaults().withContent(dir.resolve("content")).withSite(dir.resolve("site"));
        preview = Preview.start(new Preview.Options(request, InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true));
    }

    @AfterEach
    void stopServing() {
        if (preview != null) {
            preview.close();
        }
    }

    /** Opens a page of the preview and waits until it listens for changes. */
    private void open(String page) {
        chromium.viewport(1280);
        chromium.open(preview.address().resolve(page).toString());
        waitFor("the page to listen for changes", () -> Boolean.TRUE.equals(
                chromium.js("return window.coffeechatPreview !== undefined;")));
        chromium.js("window.coffeechatMarker = 'still the same page';");
    }

    private static void waitFor(String what, Supplier<Boolean> condition) {
        new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).withMessage(what).until(d -> condition.get());
    }

    private boolean reloaded() {
        return chromium.js("return window.coffeechatMarker;") == null;
    }

    private Path edit(String relative, String from, String to) throws IOException {
        Path file = dir.resolve(relative);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    /** The text of the page's main element; empty while the page is between two loads. */
    private static String text() {
        try {
            Object text = chromium.js("var m = document.querySelector('main'); return m ? m.innerText : '';");
            return text == null ? "" : text.toString();
        } catch (org.openqa.selenium.WebDriverException e) {
            return "";
        }
    }

    @Test
    void savingAContentFileChangesTheOpenPageWithoutAManualReload() throws IOException {
        open("steps/start/first.html");
        assertThat(text()).contains("Then read the second step");

        edit("content/steps/01-start/first.md", "Then read [the second step]", "Next, read [the second step]");

        waitFor("the page to show the saved text", () -> text().contains("Next, read the second step"));
        assertThat(reloaded()).isTrue();
        assertThat(log.toString()).contains("steps/01-start/first.md: rendered 1 page (steps/start/first.html)");
    }

    @Test
    void aPageTheSaveDidNotChangeStaysAsItIs() throws IOException {
        open("faq/index.html");
        Object before = chromium.js("return window.coffeechatPreview.version;");

        edit("content/steps/01-start/first.md", "Then read [the second step]", "Next, read [the second step]");

        waitFor("the page to hear of the change", () -> !before.equals(chromium.js("return window.coffeechatPreview.version;")));
        assertThat(reloaded()).isFalse();
    }

    @Test
    void aBrokenFileShowsItsProblemsOverThePageAndFixingItTakesThemAway() throws IOException {
        open("steps/start/first.html");

        Path file = edit("content/steps/01-start/second.md", "(/etiquette/#before)", "(/etiquette/#befor)");

        By overlay = By.id("coffeechat-preview-problems");
        waitFor("the problems over the page", () -> !chromium.driver.findElements(overlay).isEmpty());
        WebElement problems = chromium.driver.findElement(overlay);
        assertThat(problems.getAttribute("role")).isEqualTo("alert");
        assertThat(problems.getText()).contains(Fixtures.relativeDisplay(file) + ":8:9: broken link '/etiquette/#befor': "
                + "the page has no anchor '#befor'; did you mean 'before'?");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("First step");
        assertThat(reloaded()).isFalse();
        assertThat(log.toString()).contains(":8:9: broken link '/etiquette/#befor'")
                .contains("1 error; the preview shows the last version that built");

        edit("content/steps/01-start/second.md", "(/etiquette/#befor)", "(/etiquette/#before)");

        waitFor("the problems to go", () -> chromium.driver.findElements(overlay).isEmpty());
        edit("content/steps/01-start/first.md", "Then read [the second step]", "Next, read [the second step]");
        waitFor("the page to follow the next save", () -> text().contains("Next, read the second step"));
    }

    @Test
    void aTemplateSaveShowsOnThePagesThatUseIt() throws IOException {
        Files.createDirectories(dir.resolve("site/templates"));
        Files.copy(Fixtures.repoRoot().resolve("themes/default/templates/step.ftlh"), dir.resolve("site/templates/step.ftlh"));
        preview.close();
        BuildRequest request = BuildRequest.defaults().withContent(dir.resolve("content")).withSite(dir.resolve("site"));
        preview = Preview.start(new Preview.Options(request, InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true));
        open("steps/start/first.html");

        edit("site/templates/step.ftlh", "<article class=\"step\">", "<article class=\"step\"><p id=\"saved\">Saved.</p>");

        waitFor("the template's new text", () -> !chromium.driver.findElements(By.id("saved")).isEmpty());
        assertThat(reloaded()).isTrue();
    }

    /** Serves the built-in site with a copy of the example profile, whose first contact is renamed {@code contact}. */
    private Path serveWithAProfile(String contact) throws IOException {
        Path profile = dir.resolve("me.yaml");
        Files.writeString(profile, Files.readString(Fixtures.repoRoot().resolve("site/profiles/example.yaml"))
                .replace("Priya Raman", contact));
        preview.close();
        preview = Preview.start(new Preview.Options(BuildRequest.defaults(), InetAddress.getLoopbackAddress(), 0,
                Optional.of(profile), LocalDate.of(2026, 2, 10)), new PrintWriter(log, true));
        return profile;
    }

    @Test
    void savingTheProfileChangesThePersonalGuideWithoutAManualReload() throws IOException {
        serveWithAProfile("Wilhelmina Quarterbridge");
        open("__coffeechat/personal/index.html");
        assertThat(text()).contains("Wilhelmina Quarterbridge");

        edit("me.yaml", "name: Wilhelmina Quarterbridge", "name: Wilhelmina Oduya");

        waitFor("the personal guide to show the saved name", () -> text().contains("Wilhelmina Oduya"));
        assertThat(reloaded()).isTrue();
        assertThat(log.toString()).contains("me.yaml: personal guide made, ");
    }

    @Test
    void aBrokenProfileShowsItsProblemsOverThePersonalGuideAndFixingItTakesThemAway() throws IOException {
        Path profile = serveWithAProfile("Wilhelmina Quarterbridge");
        open("__coffeechat/personal/index.html");

        edit("me.yaml", "    status: thanked", "    status: thankd");

        By overlay = By.id("coffeechat-preview-problems");
        waitFor("the profile's problems over the page", () -> !chromium.driver.findElements(overlay).isEmpty());
        assertThat(chromium.driver.findElement(overlay).getText()).contains(profile + ":58:13: unknown status 'thankd'; did you mean 'thanked'? "
                + "(one of: identified, requested, followed-up, scheduled, met, thanked, keeping-in-touch, closed)");
        assertThat(text()).contains("Wilhelmina Quarterbridge");
        assertThat(reloaded()).isFalse();

        edit("me.yaml", "    status: thankd", "    status: thanked");

        waitFor("the problems to go", () -> chromium.driver.findElements(overlay).isEmpty());
    }

    @Test
    void servedPagesCarryThePreviewScriptButTheSiteItselfNever() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                preview.address().resolve("steps/start/first.html")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/__coffeechat/preview.js\"");
        assertThat(URI.create(preview.address().toString()).getHost()).isEqualTo("127.0.0.1");
        Path built = dir.resolve("built");
        org.coffeechat.build.GuideBuilder.build(BuildRequest.defaults().withContent(dir.resolve("content"))
                .withSite(dir.resolve("site")), built);
        try (var files = Files.walk(built)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("__coffeechat");
            }
        }
    }
}
