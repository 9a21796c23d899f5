package org.coffeechat.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site from 127.0.0.1 under a sub-path, the way a university web server would host
 * the guide at {@code /careers/guide/}. Missing files get the site's 404.html with status 404.
 */
final class SubPathServer implements AutoCloseable {

    static final String PREFIX = "/careers/guide/";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "woff2", "font/woff2",
            "png", "image/png",
            "svg", "image/svg+xml");

    private final HttpServer server;
    private final Path root;

    private SubPathServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    static SubPathServer serve(Path siteDir) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SubPathServer served = new SubPathServer(server, siteDir.toAbsolutePath().normalize());
            server.createContext(PREFIX, served::handle);
            server.start();
            return served;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the site's folder, ending in a slash. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            String relative = path.substring(PREFIX.length());
            if (relative.isEmpty() || relative.endsWith("/")) {
                relative += "index.html";
            }
            Path file = root.resolve(relative).normalize();
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
