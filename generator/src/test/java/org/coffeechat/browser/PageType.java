package org.coffeechat.browser;

/** One page of each kind the default theme renders, by its path inside the built site. */
enum PageType {
    HOME("home", "index.html"),
    STEPS("steps", "steps/index.html"),
    SECTION("section", "steps/understand/index.html"),
    STEP("step", "steps/understand/what-it-is.html"),
    ETIQUETTE("etiquette", "etiquette/index.html"),
    QUESTIONS("questions", "questions/index.html"),
    OUTREACH("outreach", "outreach/index.html"),
    FAQ("faq", "faq/index.html"),
    NOT_FOUND("404", "404.html");

    /** Short name used for screenshot files. */
    final String id;
    final String path;

    PageType(String id, String path) {
        this.id = id;
        this.path = path;
    }

    @Override
    public String toString() {
        return path;
    }
}
