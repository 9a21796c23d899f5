package org.coffeechat.build;

/**
 * A file that changed, as the preview sees it: which part of a build it feeds.
 *
 * @param kind what the file is
 * @param path for content, the path inside the content folder ({@code steps/01-start/first.md}); for a
 *             template, its name ({@code layout.ftlh}); for a static file, its path in the site
 *             ({@code css/site.css}); for anything else, the file's absolute path
 */
public record Change(Kind kind, String path) {

    /** The parts of a build, from cheapest to most expensive to bring up to date. */
    public enum Kind {
        /** Not something a build reads (an editor's backup file, a file of another folder). */
        IGNORED,
        /** A file of a {@code static/} folder: copied as it is. */
        STATIC,
        /** A student's profile: only the personal guide. */
        PROFILE,
        /** A content file: the part of the content it holds. */
        CONTENT,
        /** A template: the pages whose template uses it. */
        TEMPLATE,
        /** {@code site.yaml}: everything. */
        SITE_CONFIG
    }
}
