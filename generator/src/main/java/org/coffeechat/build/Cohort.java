package org.coffeechat.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.output.Output;

/**
 * The streaming part of a cohort build: lists the profiles of a folder (this shard's share),
 * renders them on a few threads with at most two packets per thread in flight, and writes each
 * PDF as soon as it is made, so memory does not grow with the size of the cohort. A profile that
 * fails is reported and the others go on.
 */
final class Cohort {

    /**
     * Renders one profile file into a packet: the PDF's bytes, or an {@link InvalidInputException}.
     * {@code name} is the profile's {@linkplain Paths#baseName base name}, which the PDF and any other
     * file made from it are named after.
     */
    interface Step {
        Rendered render(Path profile, String display, String name);
    }

    /** A packet and the warnings it gave. */
    record Rendered(byte[] pdf, List<Diagnostic> warnings) {
    }

    private Cohort() {
    }

    /**
     * The profile files of {@code folder}, {@code *.yaml} and {@code *.yml}, sorted by the PDF each
     * makes (ignoring case) and then by name: two files that would write the same PDF ({@code zoe.yaml}
     * and {@code zoe.yml}, or {@code Zoe.yaml} and {@code zoe.yml} on macOS and Windows, which ignore
     * case) are next to each other, so a run finds them without keeping every name it wrote.
     */
    static List<Path> profiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".");
                    })
                    .sorted(Comparator.comparing(Cohort::sameFileKey).thenComparing(Comparator.naturalOrder()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the profiles in " + folder, e);
        }
    }

    /** The PDF a profile becomes: its file name with {@code .pdf} for {@code .yaml}. */
    static String outputName(Path profile) {
        return Paths.baseName(profile) + ".pdf";
    }

    /** The PDF a profile becomes, as a file system that ignores case tells it from another. */
    private static String sameFileKey(Path profile) {
        return outputName(profile).toLowerCase(Locale.ROOT);
    }

    /**
     * Renders this shard's share of {@code all}, which is in the order of {@link #profiles}. Per profile
     * it keeps nothing but the listing itself (and the name of one that failed), so memory does not grow
     * with the cohort.
     */
    static CohortResult run(List<Path> all, Optional<Shard> shard, Step step, Output out, int threads,
                            java.util.function.Function<Path, String> display, CohortListener listener) {
        int taken = shard.map(s -> (int) all.stream().filter(p -> s.includes(p.getFileName().toString())).count())
                .orElse(all.size());
        listener.started(taken);
        Set<String> failures = new TreeSet<>();
        AtomicInteger rendered = new AtomicInteger();
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "coffeechat-packet");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(2 * workers);
        List<Future<?>> pending = new ArrayList<>();
        Object report = new Object();
        try {
            // The first file of the folder (not of this shard) that makes a PDF writes it, in every shard.
            Path first = null;
            String firstPdf = null;
            String firstKey = null;
            for (Path profile : all) {
                String name = Paths.baseName(profile);
                String pdfName = name + ".pdf";
                String key = sameFileKey(profile);
                boolean clash = key.equals(firstKey);
                if (!clash) {
                    first = profile;
                    firstPdf = pdfName;
                    firstKey = key;
                }
                if (shard.isPresent() && !shard.get().includes(profile.getFileName().toString())) {
                    continue;
                }
                String shown = display.apply(profile);
                if (clash) {
                    synchronized (report) {
                        failures.add(shown);
                        listener.failed(shown, List.of(error(shown, pdfName.equals(firstPdf)
                                ? "makes the same " + pdfName + " as " + first.getFileName() + "; rename one of them"
                                : "makes " + pdfName + ", the same file as " + first.getFileName() + "'s " + firstPdf
                                + " where case is ignored (macOS, Windows); rename one of them")));
                    }
                    continue;
                }
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        Rendered r = step.render(profile, shown, name);
                        out.write(pdfName, r.pdf());
                        rendered.incrementAndGet();
                        synchronized (report) {
                            listener.rendered(shown, pdfName, r.warnings());
                        }
                    } catch (InvalidInputException e) {
                        synchronized (report) {
                            failures.add(shown);
                            listener.failed(shown, e.diagnostics());
                        }
                    } finally {
                        inFlight.release();
                    }
                }));
                for (java.util.Iterator<Future<?>> it = pending.iterator(); it.hasNext(); ) {
                    Future<?> f = it.next();
                    if (f.isDone()) {
                        f.get();
                        it.remove();
                    }
                }
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the cohort build was interrupted", e);
        } catch (ExecutionException e) {
            // A bug in rendering, not a user's mistake: let the caller report it as such.
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<String> failed;
        synchronized (report) {
            failed = new ArrayList<>(failures);
        }
        return new CohortResult(taken, rendered.get(), failed, all.size() - taken);
    }

    private static Diagnostic error(String file, String message) {
        Diagnostics d = new Diagnostics();
        d.error(SourceLocation.file(file), message);
        return d.sorted().get(0);
    }
}
