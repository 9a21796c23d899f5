package org.coffeechat.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.Suggestions;
import org.coffeechat.yaml.Fields;
import org.coffeechat.yaml.YNode;

/**
 * The optional {@code when:} of an etiquette item: the guidance settings it depends on, such as
 * {@code when: {arriveMinutesEarly: 0}} or {@code when: {resume: offer-for-feedback}}. An item
 * whose condition does not hold for the site is left out of the checklist.
 */
final class SettingCondition {

    private SettingCondition() {
    }

    /** The setting names a condition may use. */
    static List<String> settings() {
        List<String> names = new ArrayList<>(Guidance.NUMBERS);
        names.addAll(Guidance.CHOICES.keySet().stream().sorted().toList());
        return names;
    }

    /** Whether every setting named in {@code when} has a matching value in {@code guidance}; problems are reported. */
    static boolean holds(Optional<YNode> when, Guidance guidance, Diagnostics problems) {
        if (when.isEmpty()) {
            return true;
        }
        Optional<Fields> fields = Fields.of(when.get(), "'when' (the settings an item depends on)", settings(), problems);
        if (fields.isEmpty()) {
            return true;
        }
        boolean holds = true;
        for (String setting : settings()) {
            Optional<String> wanted = fields.get().optionalString(setting);
            if (wanted.isEmpty()) {
                continue;
            }
            if (Guidance.CHOICES.containsKey(setting)) {
                List<String> allowed = Guidance.CHOICES.get(setting);
                if (!allowed.contains(wanted.get())) {
                    problems.error(fields.get().locationOf(setting), "unknown " + setting + " '" + wanted.get() + "'"
                            + Suggestions.didYouMean(wanted.get(), allowed) + " (one of: " + String.join(", ", allowed) + ")");
                }
                holds &= guidance.asMap().get(setting).equals(wanted.get());
            } else {
                int value = guidance.number(setting).orElseThrow();
                holds &= RangePolicy.bounds(setting, wanted.get(), Guidance.BOUNDS.get(setting),
                                fields.get().locationOf(setting), problems)
                        .map(span -> value >= span[0] && value <= span[1]).orElse(true);
            }
        }
        return holds;
    }
}
