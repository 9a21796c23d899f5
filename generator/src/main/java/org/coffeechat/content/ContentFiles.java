package org.coffeechat.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.TextFiles;

/** A content folder (on disk or inside the jar) and how its files are named in messages. */
public record ContentFiles(Path root, String displayRoot) {

    /** The path shown in messages for a file of this folder. */
    public String display(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return displayRoot.isEmpty() ? relative : displayRoot + "/" + relative;
    }

    /** The path inside the content folder, with forward slashes. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    Optional<String> read(Path file, Diagnostics problems) {
        return TextFiles.read(file, display(file), problems);
    }

    /** The entries of a folder, sorted by name, hidden ones left out. */
    List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
