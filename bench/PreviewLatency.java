import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Times {@code coffeechat serve} from saving one Markdown page to the browser showing it again:
 * starts the preview on a content folder, opens the page in headless Chromium, then edits the
 * page's file again and again. For bench/preview.sh; see docs/PERFORMANCE.md.
 *
 * <pre>
 *   java -cp SELENIUM_CLASSPATH bench/PreviewLatency.java CONTENT_DIR PAGE_FILE ROUNDS EDIT COMMAND...
 * </pre>
 *
 * PAGE_FILE is the page's path in the content folder ({@code steps/050-part-050/page-04904.md});
 * EDIT is {@code body} (a word of the first paragraph) or {@code title} (the page's quoted title, shown
 * on its neighbours, its section, the steps index and the home page); COMMAND runs coffeechat
 * ({@code java -jar coffeechat.jar}), or is {@code hugo}: then CONTENT_DIR is the Hugo version of the same
 * site ({@code OUTDIR/hugo} of GenerateSite), PAGE_FILE its page ({@code content/part-050/page-04904.md}),
 * and {@code hugo server} (its live reload, in memory) is timed the same way, as the peer.
 * Times for each save, all from the wall clock of this machine:
 * <ul>
 * <li><b>reload starts</b>: from the write to the start of the new page load in the browser
 * ({@code performance.timeOrigin} of the reloaded page);</li>
 * <li><b>page shown</b>: to the reloaded page's DOMContentLoaded;</li>
 * <li><b>server</b>: the update as the preview logs it (watcher batch not included).</li>
 * </ul>
 */
public final class PreviewLatency {

    private static final Pattern SERVING = Pattern.compile("(?:Serving the guide at|Web Server is available at) (?:http:)?(//\\S+/)");
    private static final Pattern UPDATE = Pattern.compile("(?:: (?:rendered .*|the site is as it was.*)|Total) in (\\d+) ms$");

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        String pageFile = args[1];
        int rounds = Integer.parseInt(args[2]);
        String edit = args[3];
        List<String> command = new ArrayList<>(List.of(args).subList(4, args.length));
        boolean hugo = Path.of(command.get(0)).getFileName().toString().equals("hugo");
        if (hugo) {
            int port;
            try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                port = free.getLocalPort();
            }
            command.addAll(List.of("server", "-s", content.toString(), "--bind", "127.0.0.1", "--port",
                    String.valueOf(port), "--noHTTPCache"));
        } else {
            command.addAll(List.of("serve", "--content", content.toString(), "--port", "0"));
        }

        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> log = new CopyOnWriteArrayList<>();
        String[] address = new String[1];
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    log.add(line);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        synchronized (address) {
                            address[0] = "http:" + m.group(1);
                            address.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                // The server stopped.
            }
        });
        reader.setDaemon(true);
        reader.start();
        long startWait = System.nanoTime();
        synchronized (address) {
            while (address[0] == null && serve.isAlive()) {
                address.wait(1000);
            }
        }
        if (address[0] == null) {
            System.err.println("the preview did not start:\n" + String.join("\n", log));
            System.exit(1);
        }
        System.out.printf("preview started: %s (%.1f s: %s)%n", address[0], (System.nanoTime() - startWait) / 1e9, log.get(0));

        Path profile = Files.createTempDirectory("coffeechat-bench-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build(), options);
        Path file = content.resolve(pageFile);
        String original = Files.readString(file);
        List<double[]> results = new ArrayList<>();
        try {
            String[] parts = pageFile.split("/");
            String url = hugo ? address[0] + parts[1] + "/" + parts[2].replace(".md", ".html")
                    : address[0] + "steps/" + parts[1].replaceFirst("^\\d+[-_]", "") + "/"
                    + parts[2].replaceFirst("^\\d+[-_]", "").replace(".md", ".html");
            driver.get(url);
            waitUntil(driver, hugo ? "return document.readyState === 'complete' && !!document.querySelector("
                    + "'script[src*=\"livereload\"]')" : "return window.coffeechatPreview !== undefined", 60_000);
            Thread.sleep(hugo ? 1000 : 0);
            int warmUp = 3;
            for (int round = 0; round < warmUp + rounds; round++) {
                String word = "edited" + round;
                js(driver, "window.coffeechatMarker = 1;");
                int logBefore = log.size();
                String changed = edit.equals("title")
                        ? original.replaceFirst("(?m)^title: \"", "title: \"" + word + " ")
                        : original.replaceFirst("(?m)^([A-Z][a-z]+) ", "$1 " + word + " ");
                long saved = System.currentTimeMillis();
                Files.writeString(file, changed);
                String check = edit.equals("title") ? "document.querySelector('h1') && document.querySelector('h1')"
                        + ".textContent.indexOf('" + word + "') >= 0" : "document.querySelector('main') && document"
                        + ".querySelector('main').textContent.indexOf('" + word + "') >= 0";
                // A page that reloaded has lost the marker; one patched in place (not coffeechat's way) keeps it.
                waitUntil(driver, "return document.readyState === 'complete' && " + check, 60_000);
                long seen = System.currentTimeMillis();
                @SuppressWarnings("unchecked")
                Map<String, Object> times = (Map<String, Object>) js(driver, "var n = performance.getEntriesByType('navigation')[0];"
                        + " return {origin: performance.timeOrigin, dcl: n.domContentLoadedEventEnd,"
                        + " reloaded: window.coffeechatMarker === undefined};");
                boolean reloaded = Boolean.TRUE.equals(times.get("reloaded"));
                double origin = reloaded ? ((Number) times.get("origin")).doubleValue() : seen;
                double dcl = reloaded ? ((Number) times.get("dcl")).doubleValue() : 0;
                double server = serverMillis(log, logBefore);
                double reloadStarts = origin - saved;
                double shown = origin + dcl - saved;
                if (round >= warmUp) {
                    results.add(new double[] {reloadStarts, shown, server});
                }
                System.out.printf("%s %2d  reload starts %6.0f ms  page shown %6.0f ms  server update %5.0f ms%s%n",
                        round < warmUp ? "warm-up" : "round  ", round < warmUp ? round + 1 : round - warmUp + 1,
                        reloadStarts, shown, server, reloaded ? "" : "  (patched in place, not reloaded)");
                Thread.sleep(1500);
            }
        } finally {
            Files.writeString(file, original);
            driver.quit();
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
        System.out.println();
        System.out.printf("%-14s %8s %8s %8s %8s   (%d saves, edit: %s)%n", "", "median", "p90", "min", "max", results.size(), edit);
        String[] names = {"reload starts", "page shown", "server update"};
        for (int c = 0; c < names.length; c++) {
            List<Double> column = new ArrayList<>();
            for (double[] r : results) {
                column.add(r[c]);
            }
            Collections.sort(column);
            System.out.printf("%-14s %6.0f ms %5.0f ms %5.0f ms %5.0f ms%n", names[c], percentile(column, 50),
                    percentile(column, 90), column.get(0), column.get(column.size() - 1));
        }
    }

    private static double serverMillis(List<String> log, int from) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (int j = from; j < log.size(); j++) {
                Matcher m = UPDATE.matcher(log.get(j));
                if (m.find()) {
                    return Double.parseDouble(m.group(1));
                }
            }
            Thread.sleep(10);
        }
        return Double.NaN;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Object js(ChromeDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void waitUntil(ChromeDriver driver, String script, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            try {
                if (Boolean.TRUE.equals(js(driver, script))) {
                    return;
                }
            } catch (WebDriverException e) {
                // Between two page loads: ask again.
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("timed out waiting for: " + script);
    }
}
