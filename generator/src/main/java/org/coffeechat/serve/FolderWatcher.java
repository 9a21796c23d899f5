package org.coffeechat.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders, with every folder under them, through the platform's {@link WatchService}, and
 * hands over the files that changed in batches: a batch closes when the folders have been quiet
 * for {@code quiet} milliseconds (an editor's save is often several events), or at the latest
 * {@code atMost} milliseconds after its first event.
 */
final class FolderWatcher implements AutoCloseable {

    /** Changed files of one batch; {@code overflow} when the platform lost events and anything may have changed. */
    record Batch(Set<Path> files, boolean overflow) {
    }

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> roots = new LinkedHashSet<>();
    /** Folders watched without the folders under them. */
    private final Set<Path> shallow = new HashSet<>();

    FolderWatcher() {
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Watches {@code root} and every folder under it (again: only folders not watched yet). */
    synchronized void watch(Collection<Path> newRoots) {
        newRoots.forEach(root -> add(root, true));
    }

    /** Watches the files of each folder itself, not the folders under it (the folder of a profile, say). */
    synchronized void watchOnly(Collection<Path> newFolders) {
        newFolders.forEach(folder -> add(folder, false));
    }

    synchronized Set<Path> roots() {
        return Set.copyOf(roots);
    }

    private void add(Path root, boolean deep) {
        Path r = root.toAbsolutePath().normalize();
        if (roots.add(r)) {
            if (deep) {
                shallow.removeIf(folder -> folder.startsWith(r));
            } else if (!folders.containsValue(r)) {
                shallow.add(r);
            }
            register(r);
        }
    }

    /** Registers {@code root} and, unless it is watched shallow, every folder under it. */
    private void register(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root, shallow.contains(root) ? 0 : Integer.MAX_VALUE)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                if (!folders.containsValue(folder)) {
                    folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
                }
            }
        } catch (IOException e) {
            // A folder that went away while being walked is not there to watch.
        }
    }

    /**
     * Waits for the next batch of changes.
     *
     * @throws InterruptedException when the thread is interrupted
     * @throws ClosedWatchServiceException when the watcher was closed
     */
    Batch next(long quiet, long atMost) throws InterruptedException {
        Set<Path> files = new LinkedHashSet<>();
        boolean overflow = take(service.take(), files);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(atMost);
        while (true) {
            long left = Math.min(quiet, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            if (left <= 0) {
                break;
            }
            WatchKey key = service.poll(left, TimeUnit.MILLISECONDS);
            if (key == null) {
                break;
            }
            overflow |= take(key, files);
        }
        return new Batch(files, overflow);
    }

    /** Adds the key's events to {@code files}; true when events were lost. */
    private synchronized boolean take(WatchKey key, Set<Path> files) {
        Path folder = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            files.add(file);
            if (event.kind() == ENTRY_CREATE && !shallow.contains(folder) && Files.isDirectory(file)) {
                // A new folder: watch it too, and count what it already holds (it may have been moved in whole).
                register(file);
                try (Stream<Path> walk = Files.walk(file)) {
                    walk.forEach(files::add);
                } catch (IOException e) {
                    // Gone again: its deletion will be reported.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return overflow;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing more is watched either way.
        }
    }
}
