package org.coffeechat.model;

/** HTML that coffeechat produced itself (from Markdown): templates print it unescaped. */
public record Html(String markup) {

    /**
     * The text of this markup as one line: every tag becomes a space, the entities coffeechat
     * writes ({@code &lt; &gt; &quot; &#39; &amp;}) are decoded, runs of white space become one
     * space, and the ends are trimmed.
     */
    public String text() {
        char[] s = markup.toCharArray();
        int n = s.length;
        StringBuilder out = new StringBuilder(n);
        boolean space = false;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c == '<') {
                int close = -1;
                if (i + 1 < n && s[i + 1] != '>') {
                    for (int j = i + 2; j < n; j++) {
                        if (s[j] == '>') {
                            close = j;
                            break;
                        }
                    }
                }
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
                    if (markup.startsWith(entity[0], i)) {
                        decoded = entity[1];
                        length = entity[0].length();
                        break;
                    }
                }
            }
            if (decoded == null && isSpace(c)) {
                space = true;
                i++;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (decoded != null) {
                out.append(decoded);
                i += length;
                continue;
            }
            // A run of ordinary characters, copied at once.
            int run = i;
            i++;
            while (i < n && (c = s[i]) != '<' && c != '&' && !isSpace(c)) {
                i++;
            }
            out.append(s, run, i - run);
        }
        return out.toString();
    }

    private static final String[][] ENTITIES = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
