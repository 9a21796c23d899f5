package org.coffeechat.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coffeechat.output.Output;

/**
 * The files a packet may use (the fonts its print settings name, the logo): those in the static
 * folders of the site, the theme and the built-in theme, looked up in that order, by a relative
 * path such as {@code fonts/MyFont.ttf}. Nothing else on the machine or the network can be reached.
 *
 * @param roots static folders, the one that wins first
 */
public record PrintResources(List<Path> roots) {

    public PrintResources {
        roots = List.copyOf(roots);
    }

    /** The file {@code path} names, if a root has it; a path that leaves its root names nothing. */
    public Optional<Path> find(String path) {
        if (!Output.isRelative(path)) {
            return Optional.empty();
        }
        for (Path root : roots) {
            Path candidate = root.resolve(path).normalize();
            if (candidate.startsWith(root.normalize()) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
