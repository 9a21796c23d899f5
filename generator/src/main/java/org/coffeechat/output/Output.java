package org.coffeechat.output;

/** Where a build's files go. Implementations are thread-safe: pages are written in parallel. */
public interface Output {

    /**
     * Writes one file.
     *
     * @param path a relative path with forward slashes, such as {@code steps/prepare/index.html}
     */
    void write(String path, byte[] content);

    /** Checks a relative output path: no absolute paths, no {@code ..}, no empty segments. */
    static String checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")) {
            throw new IllegalArgumentException("not a relative output path: " + path);
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("output path leaves the output folder: " + path);
            }
        }
        return path;
    }
}
