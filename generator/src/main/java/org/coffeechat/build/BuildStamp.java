package org.coffeechat.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A small file that remembers the {@link InputFingerprint} of the last successful build of one
 * output, so that build tools (the Maven plugin, the CLI) can skip a build whose inputs did not
 * change. It is written only after a build succeeded; a missing or unreadable stamp means "build".
 */
public final class BuildStamp {

    private static final String HEADER = "coffeechat build stamp v1";

    private final Path file;

    private BuildStamp(Path file) {
        this.file = file;
    }

    public static BuildStamp at(Path file) {
        return new BuildStamp(file.toAbsolutePath().normalize());
    }

    public Path file() {
        return file;
    }

    /** True if the last recorded build had exactly these inputs and its output folder is still there. */
    public boolean isCurrent(InputFingerprint inputs, Path output) {
        if (!Files.isDirectory(output)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() == 2 && lines.get(0).equals(HEADER) && lines.get(1).equals(inputs.hex());
        } catch (IOException e) {
            // No stamp yet, or an unreadable one: either only costs a rebuild.
            return false;
        }
    }

    /** Records a successful build with these inputs, atomically. */
    public void record(InputFingerprint inputs) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.writeString(temp, HEADER + "\n" + inputs.hex() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
