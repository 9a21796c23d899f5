package org.coffeechat.serve;

import java.util.Collection;
import org.coffeechat.output.JsonText;

/** The few JSON texts the preview sends to its pages. */
final class Json {

    private Json() {
    }

    /** {@code {"version": 3, "changed": [...], "problems": [...]}}. */
    static String state(long version, Collection<String> changed, Collection<String> problems) {
        StringBuilder out = new StringBuilder("{\"version\":").append(version).append(",\"changed\":");
        array(out, changed);
        out.append(",\"problems\":");
        array(out, problems);
        return out.append('}').toString();
    }

    private static void array(StringBuilder out, Collection<String> items) {
        out.append('[');
        boolean first = true;
        for (String item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            JsonText.string(out, item);
        }
        out.append(']');
    }
}
