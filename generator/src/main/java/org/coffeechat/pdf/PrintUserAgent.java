package org.coffeechat.pdf;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Serves a document's style sheets, fonts and images from {@link PrintResources} only. Relative
 * addresses resolve against {@value #BASE}; every other address (a file, the network) is refused
 * and remembered, so the build can say which reference of the template is wrong.
 */
final class PrintUserAgent extends ITextUserAgent {

    static final String BASE = "coffeechat:/";

    /** Flying Saucer's own default style sheet for HTML, from its jar: the one file outside the static folders. */
    private static final String DEFAULT_CSS = String.valueOf(
            org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler.class.getResource(
                    "/resources/css/XhtmlNamespaceHandler.css"));

    private final PrintResources resources;
    private final Map<String, byte[]> cache;
    private final Set<String> refused = new TreeSet<>();

    /**
     * @param cache files already read, shared by the documents of one run (the theme's CSS and
     *              fonts are the same for every packet)
     */
    PrintUserAgent(ITextOutputDevice device, int dotsPerPixel, PrintResources resources, Map<String, byte[]> cache) {
        super(device, dotsPerPixel);
        this.resources = resources;
        this.cache = cache;
        setBaseURL(BASE);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (uri.equals(DEFAULT_CSS)) {
            byte[] css = cache.get(DEFAULT_CSS);
            if (css == null) {
                try (InputStream in = super.openStream(uri)) {
                    css = in.readAllBytes();
                }
                cache.putIfAbsent(DEFAULT_CSS, css);
            }
            return new ByteArrayInputStream(css);
        }
        Optional<String> path = relativePath(uri);
        if (path.isEmpty()) {
            refused.add(uri);
            throw new FileNotFoundException(uri);
        }
        byte[] bytes = cache.get(path.get());
        if (bytes == null) {
            Optional<byte[]> read = resources.read(path.get());
            if (read.isEmpty()) {
                refused.add(path.get());
                throw new FileNotFoundException(uri);
            }
            bytes = read.get();
            cache.putIfAbsent(path.get(), bytes);
        }
        return new ByteArrayInputStream(bytes);
    }

    /** The static-folder path of a {@code coffeechat:/...} address. */
    static Optional<String> relativePath(String uri) {
        if (uri == null || !uri.startsWith(BASE)) {
            return Optional.empty();
        }
        String path = uri.substring(BASE.length());
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        return Optional.of(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** The bytes of a static file, for the SVG images the renderer draws itself. */
    Optional<byte[]> bytes(String reference) {
        String resolved = resolveURI(reference);
        try (InputStream in = openStream(resolved == null ? reference : resolved)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Addresses the document asked for that are not files of the static folders. */
    Set<String> refused() {
        return refused;
    }

    static Map<String, byte[]> newCache() {
        return new ConcurrentHashMap<>();
    }
}
