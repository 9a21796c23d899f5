package org.coffeechat.build;

import java.nio.file.Path;

/**
 * How a user's file is named in messages (relative to the working folder when inside it), and what
 * the files made from a profile are called.
 */
final class Paths {

    private Paths() {
    }

    static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String shown = absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }

    /**
     * A profile file's name without its {@code .yaml} or {@code .yml}, in any case ({@code ZOE.YAML}
     * gives {@code ZOE}): what its packet, its guide and its default output folder are named after.
     * A name with neither extension is returned whole.
     */
    static String baseName(Path profile) {
        String name = profile.getFileName().toString();
        for (String extension : new String[] {".yaml", ".yml"}) {
            int start = name.length() - extension.length();
            if (start >= 0 && name.regionMatches(true, start, extension, 0, extension.length())) {
                return name.substring(0, start);
            }
        }
        return name;
    }
}
