package org.coffeechat.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build from. Each folder is optional: without {@code content} the built-in content is
 * used, without {@code site} the built-in site config, without {@code theme} the theme the
 * site config names (the built-in default unless it says otherwise).
 *
 * @param strict treat warnings as errors
 */
public record BuildRequest(Optional<Path> content, Optional<Path> site, Optional<Path> theme, boolean strict) {

    public static BuildRequest defaults() {
        return new BuildRequest(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public BuildRequest withContent(Path dir) {
        return new BuildRequest(Optional.of(dir), site, theme, strict);
    }

    public BuildRequest withSite(Path dir) {
        return new BuildRequest(content, Optional.of(dir), theme, strict);
    }

    public BuildRequest withTheme(Path dir) {
        return new BuildRequest(content, site, Optional.of(dir), strict);
    }

    public BuildRequest strict(boolean on) {
        return new BuildRequest(content, site, theme, on);
    }
}
