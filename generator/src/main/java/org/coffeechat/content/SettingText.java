package org.coffeechat.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.Suggestions;

/** Fills {@code {{setting}}} references in plain (non-Markdown) content text, such as etiquette rules. */
final class SettingText {

    private static final Pattern SETTING = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9:]*)\\s*}}");

    private SettingText() {
    }

    static String fill(String text, SourceLocation at, Guidance guidance, Diagnostics problems) {
        Map<String, String> values = guidance.asMap();
        Matcher m = SETTING.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = Guidance.NUMBERS.contains(name) ? values.get(name) : null;
            if (value == null) {
                problems.error(at, "unknown setting '" + name + "'" + Suggestions.didYouMean(name, Guidance.NUMBERS)
                        + " (plain text may use: " + String.join(", ", Guidance.NUMBERS) + ")");
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
