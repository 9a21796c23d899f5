package org.coffeechat.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** External links checked against a web server on 127.0.0.1 that answers as real ones do. */
class ExternalLinkCheckerTest {

    private static final SourceLocation PAGE = new SourceLocation("content/steps/01-a/b.md", 7, 3);
    private static final SourceLocation NAV = new SourceLocation("site/site.yaml", 12, 5);

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            int status = switch (path) {
                case "/ok" -> 200;
                case "/gone" -> 404;
                case "/moved" -> 301;
                case "/no-head" -> exchange.getRequestMethod().equals("HEAD") ? 405 : 200;
                case "/slow" -> {
                    sleep(3000);
                    yield 200;
                }
                default -> 500;
            };
            if (status == 301) {
                exchange.getResponseHeaders().set("Location", "/ok");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private List<String> check(Duration timeout, ExternalLink... links) {
        Diagnostics problems = new Diagnostics();
        new ExternalLinkChecker(timeout).check(List.of(links), problems);
        return problems.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void reportsALinkThatIsNotFoundAtEveryPlaceItIsWritten() {
        assertEquals(List.of(
                PAGE + ": external link '" + url("/gone") + "' answers HTTP 404 (not found)",
                NAV + ": external link '" + url("/gone") + "' answers HTTP 404 (not found)"),
                check(Duration.ofSeconds(5), new ExternalLink(url("/gone"), List.of(PAGE, NAV))));
    }

    @Test
    void acceptsPagesThatAnswerAndFollowsRedirects() {
        assertEquals(List.of(), check(Duration.ofSeconds(5),
                new ExternalLink(url("/ok"), List.of(PAGE)), new ExternalLink(url("/moved"), List.of(NAV))));
        assertEquals(List.of("HEAD /moved", "HEAD /ok", "HEAD /ok"), requests.stream().sorted().toList());
    }

    @Test
    void asksWithGetWhenTheServerRefusesHead() {
        assertEquals(List.of(), check(Duration.ofSeconds(5), new ExternalLink(url("/no-head"), List.of(PAGE))));
        assertEquals(List.of("HEAD /no-head", "GET /no-head"), requests);
    }

    @Test
    void reportsAServerThatDoesNotAnswerInTime() {
        assertEquals(List.of(PAGE + ": external link '" + url("/slow") + "' did not answer within 1 s"),
                check(Duration.ofSeconds(1), new ExternalLink(url("/slow"), List.of(PAGE))));
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/page";

        assertEquals(List.of(PAGE + ": external link '" + url + "' cannot be reached: the connection was refused"),
                check(Duration.ofSeconds(5), new ExternalLink(url, List.of(PAGE))));
    }

    @Test
    void neverContactsAnythingForMailtoAndTelLinks() {
        assertEquals(List.of(), check(Duration.ofSeconds(5), new ExternalLink("mailto:careers@example.edu", List.of(PAGE)),
                new ExternalLink("tel:+15555550100", List.of(NAV))));
        assertEquals(List.of(), requests);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
