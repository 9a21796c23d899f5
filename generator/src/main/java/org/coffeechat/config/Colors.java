package org.coffeechat.config;

import java.util.Optional;
import java.util.regex.Pattern;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.yaml.Fields;

/** Branding colours as {@code #rrggbb}: primary for links, headings and buttons; accent for highlights. */
public record Colors(String primary, String accent) {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public static Colors defaults() {
        return new Colors("#1f4e79", "#a3461a");
    }

    /**
     * The colour under {@code colors.KEY} in {@code c}, written {@code #rrggbb}; empty when the key is
     * absent, or when it is not a colour (reported to {@code problems} where it stands). The site
     * config and a theme's print settings read their colours with this.
     */
    public static Optional<String> read(Fields c, String key, Diagnostics problems) {
        Optional<String> value = c.optionalString(key);
        if (value.isPresent() && !HEX.matcher(value.get()).matches()) {
            problems.error(c.locationOf(key), "colors." + key + " must be a colour like \"#1f4e79\", found '"
                    + value.get() + "'");
            return Optional.empty();
        }
        return value;
    }

    /** The red, green and blue of {@code #rrggbb} as one number, {@code 0xrrggbb}. */
    public static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
