package org.coffeechat.links;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;

/**
 * Asks the web servers of external links whether the pages are still there: an HTTP HEAD (then a
 * GET when the server refuses HEAD), redirects followed, each with a time limit. Only ever run when
 * the user asks for it ({@code --check-external}); a build never needs the network.
 */
public final class ExternalLinkChecker {

    /** How long one address may take to answer, by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final int AT_ONCE = 4;

    private final HttpClient client;
    private final Duration timeout;

    public ExternalLinkChecker(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * Checks every http(s) link once and reports a broken one as an error at each place it is
     * written; mailto and tel links are not checked.
     */
    public void check(List<ExternalLink> links, Diagnostics problems) {
        Map<String, Future<Optional<String>>> answers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, r -> {
            Thread t = new Thread(r, "coffeechat-link-check");
            t.setDaemon(true);
            return t;
        });
        try {
            for (ExternalLink link : links) {
                if (link.checkable()) {
                    answers.put(link.url(), pool.submit(() -> problem(link.url())));
                }
            }
            for (ExternalLink link : links) {
                Future<Optional<String>> answer = answers.get(link.url());
                if (answer == null) {
                    continue;
                }
                Optional<String> why = await(answer);
                why.ifPresent(w -> {
                    for (SourceLocation at : link.places()) {
                        problems.error(at, "external link '" + link.url() + "' " + w);
                    }
                });
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Optional<String> await(Future<Optional<String>> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was not checked: the check was interrupted");
        } catch (ExecutionException e) {
            return Optional.of("could not be checked: " + e.getCause());
        }
    }

    /** Why {@code url} is broken, or empty when its server answers with a page. */
    Optional<String> problem(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid address: " + e.getMessage());
        }
        try {
            int status = send(uri, "HEAD");
            if (status == 405 || status == 501 || status == 403 || status == 400) {
                // Some servers refuse HEAD but serve the page to a browser's GET.
                status = send(uri, "GET");
            }
            if (status >= 400) {
                return Optional.of("answers HTTP " + status + reason(status));
            }
            return Optional.empty();
        } catch (HttpConnectTimeoutException e) {
            return Optional.of("did not answer within " + timeout.toSeconds() + " s (connecting)");
        } catch (HttpTimeoutException e) {
            return Optional.of("did not answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            return Optional.of("cannot be reached: the connection was refused");
        } catch (IOException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof UnknownHostException)) {
                cause = cause.getCause();
            }
            if (cause instanceof UnknownHostException) {
                return Optional.of("cannot be reached: unknown host '" + uri.getHost() + "'");
            }
            return Optional.of("cannot be reached: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was not checked: the check was interrupted");
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", "coffeechat-link-check")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String reason(int status) {
        return switch (status) {
            case 401 -> " (needs a login)";
            case 403 -> " (forbidden)";
            case 404 -> " (not found)";
            case 410 -> " (gone)";
            case 429 -> " (too many requests: try again later)";
            case 500 -> " (server error)";
            case 502, 503, 504 -> " (the server is unavailable)";
            default -> "";
        };
    }
}
