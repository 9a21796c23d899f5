package org.coffeechat.browser;

/** How the built site reaches the browser. */
enum Served {
    /** Opened straight from the folder, as a student would after downloading it. */
    FROM_FILE("file://"),
    /** From a web server that hosts the guide under /careers/guide/. */
    UNDER_SUB_PATH("http " + SubPathServer.PREFIX);

    private final String label;

    Served(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
