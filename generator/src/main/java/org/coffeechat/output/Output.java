package org.coffeechat.output;

/** Where a build's files go. Implementations are thread-safe: pages are written in parallel. */
public interface Output {

    /**
     * Writes one file.
     *
     * @param path a relative path with forward slashes, such as {@code steps/prepare/index.html}
     */
    void write(String path, byte[] content);

    /** Checks a relative output path (see {@link #isRelative}). */
    static String checkPath(String path) {
        if (!isRelative(path)) {
            throw new IllegalArgumentException("not a relative output path (no leading '/', no '\\', no empty, "
                    + "'.' or '..' segment): " + path);
        }
        return path;
    }

    /**
     * Whether {@code path} is a relative path with forward slashes that stays inside the folder it is
     * resolved against: not empty, no leading '/', no '\\', no empty, {@code .} or {@code ..} segment
     * (so no trailing '/' either). The one rule for the paths a build writes, the logo's path and the
     * files a packet reads.
     */
    static boolean isRelative(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
