package org.coffeechat.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies fixture sites from {@code src/test/resources/sites} so a test can change them. */
final class FixtureCopies {

    private FixtureCopies() {
    }

    static Path site(String name) {
        Path root = Path.of(System.getProperty("coffeechat.repoRoot", ".."), "generator/src/test/resources/sites", name);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no fixture site " + root);
        }
        return root.toAbsolutePath().normalize();
    }

    /** A fresh copy of fixture site {@code name} under {@code dir}. */
    static Path copy(String name, Path dir) {
        Path from = site(name);
        Path to = dir.resolve(name);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Deletes a folder tree, as a user running {@code rm -r} would. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
