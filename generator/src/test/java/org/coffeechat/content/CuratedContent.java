package org.coffeechat.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Content;

/** The repository's curated {@code content/} folder and the source guides it was written from. */
final class CuratedContent {

    private CuratedContent() {
    }

    /** The repository root (surefire passes it; from an IDE the generator module is the working directory). */
    static Path repoRoot() {
        return Path.of(System.getProperty("coffeechat.repoRoot", "..")).toAbsolutePath().normalize();
    }

    static Path folder() {
        return repoRoot().resolve("content");
    }

    static Path site() {
        return repoRoot().resolve("site");
    }

    /**
     * The five source guides: the {@code coffeechat.seeds} property when set, else {@code ../shared/seeds/}
     * beside the repository. Empty when neither folder exists.
     */
    static Optional<Path> seeds() {
        String property = System.getProperty("coffeechat.seeds", "");
        Path dir = property.isBlank() ? repoRoot().resolve("../shared/seeds") : Path.of(property);
        return Files.isDirectory(dir) ? Optional.of(dir.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** The curated content loaded for {@code guidance}; fails the test on any loading problem. */
    static Content load(Guidance guidance) {
        Diagnostics problems = new Diagnostics();
        Content content = ContentLoader.load(new ContentFiles(folder(), "content"), guidance, problems);
        List<Diagnostic> found = problems.sorted();
        assertEquals(List.of(), found, "the curated content loads without problems");
        return content;
    }
}
