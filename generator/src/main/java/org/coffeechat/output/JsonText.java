package org.coffeechat.output;

/** JSON strings for what coffeechat writes: the search index, the preview's messages. */
public final class JsonText {

    private JsonText() {
    }

    /**
     * Appends {@code s} as a JSON string that is also safe inside any HTML script: no
     * {@code </script>} ({@code < > &} are escaped) and no JavaScript line breaks (U+2028, U+2029).
     */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
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
