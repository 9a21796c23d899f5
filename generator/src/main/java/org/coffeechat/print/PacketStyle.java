package org.coffeechat.print;

import java.awt.Color;
import org.coffeechat.pdf.FontFamily;
import org.coffeechat.pdf.TextStyle;
import org.coffeechat.view.personal.PersonalGuide;

/**
 * The packet's type and colours, from the theme's print settings ({@link PrintTheme}: fonts, text
 * size, ink colours) and the site's branding (primary and accent colours), at a scale (1 for the
 * packet; less when a prep sheet must shrink to fit its page). Every size is a multiple of the
 * theme's text size, so a theme that prints larger text gets larger headings too.
 */
final class PacketStyle {

    /** Overdue steps and drafts over their limit. */
    static final Color ALERT = new Color(0xa4161a);
    /** Steps already done. */
    static final Color DONE = new Color(0x2b6a3a);

    final float scale;
    final float unit;
    final Color primary;
    final Color accent;
    final Color ink;
    final Color muted;
    final Color rule;
    final Color tint;
    final Color paper = Color.WHITE;

    final TextStyle body;
    final TextStyle bodyBold;
    final TextStyle small;
    final TextStyle smallMuted;
    final TextStyle tiny;
    final TextStyle tinyMuted;
    final TextStyle h1;
    final TextStyle h2;
    final TextStyle h3;
    final TextStyle label;
    final TextStyle title;

    PacketStyle(PrintTheme theme, PersonalGuide.Brand brand, float scale) {
        this.scale = scale;
        this.unit = theme.size() * scale;
        this.primary = hex(brand.primaryColor());
        this.accent = hex(brand.accentColor());
        this.ink = theme.ink();
        this.muted = theme.muted();
        this.rule = theme.rule();
        this.tint = theme.tint();
        FontFamily text = theme.text();
        FontFamily headings = theme.headings();
        body = new TextStyle(text, false, false, unit, ink, 1.42f);
        bodyBold = body.withBold(true);
        small = body.withSize(unit * 0.86f).withLeading(1.38f);
        smallMuted = small.withColor(muted);
        tiny = body.withSize(unit * 0.76f).withLeading(1.35f);
        tinyMuted = tiny.withColor(muted);
        h1 = new TextStyle(headings, true, false, unit * 2.0f, primary, 1.18f);
        h2 = new TextStyle(headings, true, false, unit * 1.3f, primary, 1.25f);
        h3 = new TextStyle(headings, true, false, unit * 1.05f, accent, 1.3f);
        label = new TextStyle(headings, true, false, unit * 0.74f, accent, 1.3f);
        title = new TextStyle(headings, true, false, unit * 3.0f, primary, 1.12f);
    }

    /** Points for a length given in text-size units (1 = the text size at this scale). */
    float em(float units) {
        return unit * units;
    }

    static Color hex(String rrggbb) {
        return new Color(org.coffeechat.config.Colors.rgb(rrggbb));
    }

    /** {@code c} mixed with white: {@code amount} 0 is {@code c}, 1 is white. */
    static Color lighter(Color c, float amount) {
        return new Color(mix(c.getRed(), amount), mix(c.getGreen(), amount), mix(c.getBlue(), amount));
    }

    private static int mix(int channel, float amount) {
        return Math.round(channel + (255 - channel) * amount);
    }
}
