package org.coffeechat.view;

/** The kinds of page the guide website has; each is rendered by the template of the same name. */
public enum PageKind {
    HOME("home"), STEPS("steps"), SECTION("section"), STEP("step"), ETIQUETTE("etiquette"), QUESTIONS("questions"),
    OUTREACH("outreach"), FAQ("faq"), NOT_FOUND("404"), SITEMAP("sitemap");

    private final String templateName;

    PageKind(String templateName) {
        this.templateName = templateName;
    }

    /** The template's base name, without extension: {@code step} for {@code step.ftlh}. */
    public String templateName() {
        return templateName;
    }
}
