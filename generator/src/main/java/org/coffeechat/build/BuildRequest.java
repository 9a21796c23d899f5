package org.coffeechat.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What to build from. Each folder is optional: without {@code content} the built-in content is
 * used, without {@code site} the built-in site config, without {@code theme} the theme the
 * site config names (the built-in default unless it says otherwise).
 *
 * @param strict    treat warnings as errors
 * @param timestamp the build's date, for outputs that carry one (a personal plan's "today", a PDF's
 *                  creation date); see {@link BuildTimestamp}. The guide website carries no date.
 *                  Without it such outputs use a fixed date, never the clock, so builds stay reproducible.
 */
public record BuildRequest(Optional<Path> content, Optional<Path> site, Optional<Path> theme, boolean strict,
                           Optional<Instant> timestamp) {

    /** A request without a build timestamp. */
    public BuildRequest(Optional<Path> content, Optional<Path> site, Optional<Path> theme, boolean strict) {
        this(content, site, theme, strict, Optional.empty());
    }

    public static BuildRequest defaults() {
        return new BuildRequest(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    public BuildRequest withContent(Path dir) {
        return new BuildRequest(Optional.of(dir), site, theme, strict, timestamp);
    }

    public BuildRequest withSite(Path dir) {
        return new BuildRequest(content, Optional.of(dir), theme, strict, timestamp);
    }

    public BuildRequest withTheme(Path dir) {
        return new BuildRequest(content, site, Optional.of(dir), strict, timestamp);
    }

    public BuildRequest strict(boolean on) {
        return new BuildRequest(content, site, theme, on, timestamp);
    }

    /** The same request with the given build timestamp, or none. */
    public BuildRequest withTimestamp(Optional<Instant> time) {
        return new BuildRequest(content, site, theme, strict, time);
    }
}
