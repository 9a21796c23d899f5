package org.coffeechat.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Serves the preview over HTTP with the JDK's server: the site's files from memory, each HTML page
 * with the preview script added before {@code </body>} (the files themselves are never changed),
 * and the stream of server-sent events that script listens to ({@value #EVENTS}).
 */
final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__coffeechat/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "preview.js";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"));

    /** What the server shows: the site's files, and the state the event stream announces. */
    interface Site {
        /** The files to serve, by site path. */
        Map<String, byte[]> files();

        /**
         * The state last published, as JSON. Called on the server's threads: it returns what the thread
         * that changes the build made, and never reads the build itself.
         */
        String state();

        /** The version of the files: a page served at one version is stale at the next. */
        long version();

        /** The files of the personal guide served under {@link PersonalPreview#PATH}, by path inside it. */
        Map<String, byte[]> personal();
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Site site;
    private final byte[] script;
    private final List<BlockingQueue<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private PreviewServer(HttpServer server, ExecutorService threads, Site site) {
        this.server = server;
        this.threads = threads;
        this.site = site;
        this.script = resource("preview.js");
    }

    /**
     * Starts serving on {@code address}:{@code port} (0 for any free port).
     *
     * @throws UncheckedIOException when the port cannot be opened (in use, or not allowed)
     */
    static PreviewServer start(InetAddress address, int port, Site site) {
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "coffeechat-serve");
            t.setDaemon(true);
            return t;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 50);
            server.setExecutor(threads);
            PreviewServer preview = new PreviewServer(server, threads, site);
            server.createContext("/", preview::handle);
            server.start();
            return preview;
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the site's home folder, ending in a slash. */
    URI address() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    InetSocketAddress boundTo() {
        return server.getAddress();
    }

    /** Sends the state of now to every open page. */
    void announce() {
        String event = "event: state\ndata: " + site.state() + "\n\n";
        for (BlockingQueue<String> listener : listeners) {
            listener.offer(event);
        }
    }

    /** How many pages are listening now (for tests and the benchmark). */
    int listeners() {
        return listeners.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.equals(EVENTS)) {
                stream(exchange);
            } else if (path.equals(SCRIPT)) {
                send(exchange, 200, "js", script, "no-cache");
            } else {
                page(exchange, path);
            }
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        String personalRoot = PersonalPreview.PATH.substring(1);
        if ((relative + "/").equals(personalRoot)) {
            exchange.getResponseHeaders().set("Location", path + "/");
            exchange.sendResponseHeaders(301, -1);
            return;
        }
        boolean personal = relative.startsWith(personalRoot);
        Map<String, byte[]> files = personal ? site.personal() : site.files();
        String inside = personal ? relative.substring(personalRoot.length()) : relative;
        byte[] body = files.get(inside);
        int status = 200;
        if (body == null && files.containsKey(inside + "/index.html")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            exchange.sendResponseHeaders(301, -1);
            return;
        }
        if (body == null && files.isEmpty()) {
            // Nothing built yet: this page says so, shows the problems, and reloads when its file is there.
            body = personal ? NOT_BUILT_PERSONAL : NOT_BUILT;
            status = 503;
            relative = relative.endsWith(".html") ? relative : "404.html";
        } else if (body == null) {
            status = 404;
            body = personal ? null : files.get("404.html");
            relative = "404.html";
            if (body == null) {
                body = "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);
            }
        }
        String extension = relative.substring(relative.lastIndexOf('.') + 1);
        if (extension.equals("html")) {
            body = inject(body, relative);
        } else if (status == 200) {
            CRC32 crc = new CRC32();
            crc.update(body);
            String tag = "\"" + Long.toHexString(crc.getValue()) + "-" + body.length + "\"";
            exchange.getResponseHeaders().set("ETag", tag);
            if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        send(exchange, status, extension, body, "no-cache");
    }

    private static final byte[] NOT_BUILT = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>coffeechat preview</title></head><body><h1>The guide has not built yet</h1>"
            + "<p>Its files have problems (listed below and in the terminal). Fix them and save: this page "
            + "updates by itself.</p></body></html>").getBytes(StandardCharsets.UTF_8);

    private static final byte[] NOT_BUILT_PERSONAL = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>coffeechat preview</title></head><body><h1>The personal guide has not built yet</h1>"
            + "<p>The profile has problems (listed below and in the terminal). Fix them and save: this page "
            + "updates by itself.</p></body></html>").getBytes(StandardCharsets.UTF_8);

    /** The page with the preview script before its last {@code </body>}, or at its end. */
    private byte[] inject(byte[] html, String page) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\" data-version=\"" + site.version() + "\" data-page=\""
                + page.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"></script>\n";
        int at = text.lastIndexOf("</body>");
        String out = at < 0 ? text + tag : text.substring(0, at) + tag + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body, String cache)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", cache);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Holds the request open and writes each state as an event, with a comment now and then to notice a closed tab. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.offer("retry: 500\nevent: state\ndata: " + site.state() + "\n\n");
        listeners.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            while (!closed) {
                String event = queue.poll(15, TimeUnit.SECONDS);
                out.write((event == null ? ": still here\n\n" : event).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page was closed or reloaded: it stops listening.
        } finally {
            listeners.remove(queue);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the preview's " + name + " is missing from the coffeechat jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
