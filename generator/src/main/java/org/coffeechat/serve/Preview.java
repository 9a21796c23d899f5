package org.coffeechat.serve;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.Change;
import org.coffeechat.build.IncrementalBuild;
import org.coffeechat.build.IncrementalBuild.Update;
import org.coffeechat.build.SiteFolders;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.output.SourceDate;

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
     * @param profile a student's profile whose personal guide is previewed too (under {@link #PERSONAL}), if any
     * @param today   the day the personal guide plans for
     */
    public record Options(BuildRequest request, InetAddress address, int port, Optional<Path> profile,
                          LocalDate today) {

        /** Previews the site only. */
        public Options(BuildRequest request, InetAddress address, int port) {
            this(request, address, port, Optional.empty(), LocalDate.now());
        }
    }

    /** Where the personal guide of {@link Options#profile} is served, from the site's address. */
    public static final String PERSONAL = PersonalPreview.PATH;

    /** What the open pages were last told: the version of the files and which files that version changed. */
    private record Announced(long version, Set<String> changed) {
    }

    private final IncrementalBuild build;
    private final PreviewServer server;
    private final FolderWatcher watcher;
    private final PrintWriter log;
    private final PersonalPreview personal;
    private final Thread rebuilder;
    private volatile Announced announced = new Announced(1, Set.of());
    /**
     * The state the pages are told, as JSON: made on the thread that changes the build (never on a
     * server thread, which would walk the build's maps while a save changes them) and published here.
     */
    private volatile String state;
    private volatile Update last;

    private Preview(IncrementalBuild build, PersonalPreview personal, PreviewServer server, FolderWatcher watcher,
                    PrintWriter log, String state) {
        this.build = build;
        this.state = state;
        this.personal = personal;
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
        build.listsLater(true);
        PersonalPreview personal = options.profile().map(p -> new PersonalPreview(p, options.today(),
                SourceDate.resolve(Optional.empty()), options.request().strict())).orElse(null);
        FolderWatcher watcher = new FolderWatcher();
        String initial = state(new Announced(1, Set.of()), build, personal);
        AtomicReference<Preview> self = new AtomicReference<>();
        PreviewServer server;
        try {
            server = PreviewServer.start(options.address(), options.port(), new PreviewServer.Site() {
                @Override
                public Map<String, byte[]> files() {
                    return build.files();
                }

                @Override
                public String state() {
                    Preview preview = self.get();
                    return preview == null ? initial : preview.state;
                }

                @Override
                public long version() {
                    Preview preview = self.get();
                    return preview == null ? 1 : preview.announced.version();
                }

                @Override
                public Map<String, byte[]> personal() {
                    return personal == null ? Map.of() : personal.files();
                }
            });
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
        Preview preview = new Preview(build, personal, server, watcher, log, initial);
        self.set(preview);
        SiteFolders folders = preview.folders();
        watcher.watch(folders.watched());
        watcher.watchOnly(folders.profileFolders());
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (build.ok()) {
            log.println("Built " + build.files().keySet().stream().filter(p -> p.endsWith(".html")).count()
                    + " pages into memory in " + millis + " ms.");
        } else {
            preview.printProblems(build.problems());
        }
        build.problems().stream().filter(d -> !d.isError()).forEach(log::println);
        if (personal != null) {
            preview.rebuildPersonal(true);
        }
        preview.state = state(preview.announced, build, personal);
        preview.rebuilder.start();
        return preview;
    }

    /** The address of the guide's home page. */
    public URI address() {
        return server.address();
    }

    /** The files of the site as served (the last good build), by site path. */
    Map<String, byte[]> siteFiles() {
        return build.files();
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

    /** The address of the personal guide's overview, when a profile is previewed. */
    public Optional<URI> personalAddress() {
        return personal == null ? Optional.empty() : Optional.of(server.address().resolve(PERSONAL.substring(1)));
    }

    /** The state of now, as JSON; only on the thread that changes the build (or before it starts). */
    private static String state(Announced a, IncrementalBuild build, PersonalPreview personal) {
        List<String> problems = new ArrayList<>();
        build.problems().stream().filter(d -> d.isError() || !build.ok()).map(Diagnostic::toString).forEach(problems::add);
        if (personal != null) {
            personal.problems().stream().map(Diagnostic::toString).forEach(problems::add);
        }
        return Json.state(a.version(), a.changed(), problems);
    }

    /** Tells the open pages that {@code changed} changed (a new version when any did) and what the problems are now. */
    private void announce(Set<String> changed) {
        if (!changed.isEmpty()) {
            announced = new Announced(announced.version() + 1, changed);
        }
        state = state(announced, build, personal);
        server.announce();
    }

    private void rebuildOnChanges() {
        while (true) {
            FolderWatcher.Batch batch;
            try {
                batch = watcher.next(QUIET_MILLIS, BATCH_MILLIS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            SiteFolders folders = folders();
            boolean profileSaved = personal != null && (batch.overflow() || batch.files().stream()
                    .anyMatch(f -> folders.classify(f).kind() == Change.Kind.PROFILE));
            Update update = batch.overflow() ? build.updateEverything() : build.update(batch.files());
            boolean siteChanged = !update.changes().isEmpty();
            if (siteChanged) {
                last = update;
                announce(update.ok() ? update.written() : Set.of());
                report(update);
                // The pages that list the whole guide, once the saved page is on its way. Not after a
                // failed save: its errors are reported once, and it stays the last update.
                if (update.ok()) {
                    Update later = build.renderLater();
                    if (!later.rendered().isEmpty() || !later.ok()) {
                        last = later;
                        announce(later.ok() ? later.written() : Set.of());
                        report(later);
                    }
                }
                // No page waits for the search index: write it once the pages know.
                build.updateSearchIndex();
                watcher.watch(folders().watched());
            }
            // The personal guide shows the site's content through the site's theme: it follows both.
            if (profileSaved || (personal != null && siteChanged && update.ok())) {
                rebuildPersonal(profileSaved);
            }
        }
    }

    /** The folders of the site as its config names them now, with the previewed profile. */
    private SiteFolders folders() {
        return build.folders().withProfiles(personal == null ? List.of() : List.of(personal.profile()));
    }

    /** Makes the personal guide again when the profile was saved or what it shows of the site changed. */
    private void rebuildPersonal(boolean profileSaved) {
        long start = System.nanoTime();
        List<Diagnostic> before = personal.problems();
        Optional<Set<String>> made = personal.rebuild(build.site(), profileSaved);
        if (made.isEmpty()) {
            return;
        }
        Set<String> changed = made.get();
        List<Diagnostic> problems = personal.problems();
        announce(changed);
        String time = LocalTime.now().format(CLOCK) + "  " + personal.profile().getFileName();
        if (!problems.isEmpty()) {
            log.println(time + ":");
            problems.forEach(log::println);
            long errors = problems.stream().filter(Diagnostic::isError).count();
            log.println(errors + (errors == 1 ? " error" : " errors") + " in the profile; the preview shows the last "
                    + "personal guide that built until it is fixed.");
        } else if (!changed.isEmpty() || !before.isEmpty()) {
            log.println(time + ": personal guide made, " + changed.size() + " changed file"
                    + (changed.size() == 1 ? "" : "s") + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    private void report(Update update) {
        String what = update.changes().isEmpty() ? "then"
                : update.changes().stream().map(Change::path).distinct().limit(3).collect(Collectors.joining(", "))
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
