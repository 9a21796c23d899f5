package org.coffeechat.serve;

import java.util.Collection;

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
            string(out, item);
        }
        out.append(']');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
