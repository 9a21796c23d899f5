package org.coffeechat.config;

/** Branding colours as {@code #rrggbb}: primary for links, headings and buttons; accent for highlights. */
public record Colors(String primary, String accent) {
    public static Colors defaults() {
        return new Colors("#1f4e79", "#a3461a");
    }
}
