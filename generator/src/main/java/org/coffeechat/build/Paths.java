package org.coffeechat.build;

import java.nio.file.Path;

/** How a user's file is named in messages: relative to the working folder when inside it. */
final class Paths {

    private Paths() {
    }

    static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String shown = absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }
}
