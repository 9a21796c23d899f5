package org.coffeechat.serve;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.Change;
import org.coffeechat.build.IncrementalBuild;
import org.coffeechat.build.IncrementalBuild.Update;
import org.coffeechat.diag.Diagnostic;

/**
 * {@code coffeechat serve}: builds the guide into memory, serves it, watches its files and, after
 * each save, rebuilds what the save touched and tells the open pages, which reload themselves or
 * show the problems of the files over the page. The last good build stays served while the files
 * have errors.
 */
public final class Preview implements AutoCloseable {

    /** A batch of changes closes after this long without another one: an editor's save is several events. */
    private static final long QUIET_MILLIS = 25;
    /** ... or this long after its first change, whatever happens. */
    private static final long BATCH_MILLIS = 250;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * How to preview.
     *
     * @param request what to build, as for {@code coffeechat build}
     * @param address where to listen: the loopback address unless the user asks for another
     * @param port    the port, or 0 for any free one
     */
    public record Options(BuildRequest request, InetAddress address, int port) {
    }

    private final IncrementalBuild build;
    private final PreviewServer server;
    private final FolderWatcher watcher;
    private final PrintWriter log;
    private final Thread rebuilder;
    private volatile long version = 1;
    private volatile Update last;

    private Preview(IncrementalBuild build, PreviewServer server, FolderWatcher watcher, PrintWriter log) {
        this.build = build;
        this.server = server;
        this.watcher = watcher;
        this.log = log;
        this.rebuilder = new Thread(this::rebuildOnChanges, "coffeechat-rebuild");
        this.rebuilder.setDaemon(true);
    }

    /**
     * Builds the site, starts serving it and starts watching its files. Invalid files do not stop
     * it: their problems are printed and shown in the page until they are fixed.
     *
     * @throws java.io.UncheckedIOException when the port cannot be opened
     */
    public static Preview start(Options options, PrintWriter log) {
        long started = System.nanoTime();
        IncrementalBuild build = IncrementalBuild.start(options.request());
        FolderWatcher watcher = new FolderWatcher();
        Preview[] self = new Preview[1];
        PreviewServer server;
        try {
            server = PreviewServer.start(options.address(), options.port(), new PreviewServer.Site() {
                @Override
                public Map<String, byte[]> files() {
                    return build.files();
                }

                @Override
                public String state() {
                    return self[0] == null ? Json.state(1, Set.of(), List.of()) : self[0].state();
                }

                @Override
                public long version() {
                    return self[0] == null ? 1 : self[0].version;
                }
            });
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
        Preview preview = new Preview(build, server, watcher, log);
        self[0] = preview;
        watcher.watch(build.folders(List.of()).watched());
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (build.ok()) {
            log.println("Built " + build.files().keySet().stream().filter(p -> p.endsWith(".html")).count()
                    + " pages into memory in " + millis + " ms.");
        } else {
            preview.printProblems(build.problems());
        }
        build.problems().stream().filter(d -> !d.isError()).forEach(log::println);
        preview.rebuilder.start();
        return preview;
    }

    /** The address of the guide's home page. */
    public URI address() {
        return server.address();
    }

    /** The folders being watched. */
    public Set<Path> watched() {
        return watcher.roots();
    }

    /** What the last change did, or null before the first. */
    public Update lastUpdate() {
        return last;
    }

    /** How many open pages listen for changes. */
    public int listeners() {
        return server.listeners();
    }

    private String state() {
        Update u = last;
        return Json.state(version, u == null ? Set.of() : u.written(), build.problems().stream()
                .filter(d -> d.isError() || !build.ok()).map(Diagnostic::toString).toList());
    }

    private void rebuildOnChanges() {
        while (true) {
            FolderWatcher.Batch batch;
            try {
                batch = watcher.next(QUIET_MILLIS, BATCH_MILLIS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Update update = batch.overflow() ? build.updateEverything() : build.update(batch.files());
            if (update.changes().isEmpty()) {
                continue;
            }
            if (update.ok() && !update.written().isEmpty()) {
                version++;
            }
            last = update;
            server.announce();
            report(update);
            // No page waits for the search index: write it once the pages know.
            build.updateSearchIndex();
            watcher.watch(build.folders(List.of()).watched());
        }
    }

    private void report(Update update) {
        String what = update.changes().stream().map(Change::path).distinct().limit(3).collect(Collectors.joining(", "))
                + (update.changes().size() > 3 ? " and " + (update.changes().size() - 3) + " more" : "");
        String time = LocalTime.now().format(CLOCK);
        if (update.ok()) {
            log.println(time + "  " + what + ": " + update.summary() + " in " + update.took().toMillis() + " ms");
        } else {
            log.println(time + "  " + what + ":");
            printProblems(update.problems());
        }
    }

    private void printProblems(List<Diagnostic> problems) {
        problems.forEach(log::println);
        long errors = problems.stream().filter(Diagnostic::isError).count();
        log.println(errors + (errors == 1 ? " error" : " errors") + "; the preview shows the last version that built "
                + "until the files are fixed.");
    }

    @Override
    public void close() {
        rebuilder.interrupt();
        watcher.close();
        server.close();
    }
}
