package org.coffeechat.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a build into {@code .NAME.staging-*} beside the target folder {@code NAME}; {@link #commit()}
 * moves the previous output aside, moves the new one in and deletes the old. Leftovers of a
 * killed build are removed the next time. A target folder that coffeechat did not make is never
 * replaced: it must be empty or carry the marker file coffeechat writes.
 */
public final class StagedDirectory implements Output, AutoCloseable {

    /** Marks a folder as coffeechat's output, safe to replace. */
    public static final String MARKER = ".coffeechat-output";

    private final Path target;
    private final Path staging;
    private boolean committed;
    /** Folders known to exist in the staging folder: most files share one with others. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Starts a build into {@code target}.
     *
     * @throws OutputException if the target is a folder coffeechat did not make, or cannot be written
     */
    public static StagedDirectory open(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        try {
            if (Files.exists(absolute) && !isReplaceable(absolute)) {
                throw new OutputException("refusing to replace " + target + ": it is not empty and was not made by "
                        + "coffeechat (choose another --out folder)");
            }
            Files.createDirectories(parent);
            removeLeftovers(parent, name);
            Path staging = createUnique(parent, "." + name + ".staging-");
            Files.writeString(staging.resolve(MARKER), "This folder is written by coffeechat and replaced on every build.\n");
            return new StagedDirectory(absolute, staging);
        } catch (IOException e) {
            throw new OutputException("cannot write to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new folder named {@code prefix} and a number in {@code parent}, made as {@code mkdir} makes
     * one: with the permissions the user's umask gives (a temporary directory would be readable by
     * its owner only, and the published site would keep that, so a web server could not read it).
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (long n = ProcessHandle.current().pid(); ; n++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + n));
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier build in this process, or by another process: try the next number
            }
        }
    }

    private static boolean isReplaceable(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.exists(folder.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".old-")) {
                    deleteTree(p);
                }
            }
        }
    }

    @Override
    public void write(String path, byte[] content) {
        Path file = staging.resolve(Output.checkPath(path));
        try {
            Path parent = file.getParent();
            if (!folders.contains(parent)) {
                Files.createDirectories(parent);
                folders.add(parent);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the target folder with what was written. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = createUnique(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new OutputException("cannot move the new output into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Discards the staging folder unless the build was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // Leftovers are removed by the next build.
            }
        }
    }

    public Path target() {
        return target;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
