package org.coffeechat.render;

/** What a template produces; each has its own file extension. */
public enum OutputFormat {
    HTML(".ftlh"), XML(".ftlx");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
