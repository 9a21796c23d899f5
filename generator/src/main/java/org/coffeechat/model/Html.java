package org.coffeechat.model;

/** HTML that coffeechat produced itself (from Markdown): templates print it unescaped. */
public record Html(String markup) {

    /**
     * The text of this markup as one line: every tag becomes a space, the entities coffeechat
     * writes ({@code &lt; &gt; &quot; &#39; &amp;}) are decoded, runs of white space become one
     * space, and the ends are trimmed.
     */
    public String text() {
        String s = markup;
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                int close = i + 1 < n && s.charAt(i + 1) != '>' ? s.indexOf('>', i + 2) : -1;
                if (close > 0) {
                    space = true;
                    i = close + 1;
                    continue;
                }
            }
            String decoded = null;
            int length = 1;
            if (c == '&') {
                for (String[] entity : ENTITIES) {
                    if (s.startsWith(entity[0], i)) {
                        decoded = entity[1];
                        length = entity[0].length();
                        break;
                    }
                }
            }
            if (decoded == null && isSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                if (decoded == null) {
                    out.append(c);
                } else {
                    out.append(decoded);
                }
            }
            i += length;
        }
        return out.toString();
    }

    private static final String[][] ENTITIES = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
