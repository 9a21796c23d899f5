package org.coffeechat.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast path for the Markdown that guide pages are written in: paragraphs, {@code #} headings,
 * simple bullet and numbered lists, block quotes of paragraphs, pipe tables, emphasis, code spans
 * and inline links. It produces exactly the HTML that flexmark, configured as
 * {@link MarkdownCompiler} configures it, produces for the same text; anything it is not sure
 * of (HTML, escapes, entities, nested or loose lists, code blocks, reference links, images,
 * setext headings, thematic breaks, trailing spaces, tabs, ...) makes {@link #parse} return
 * {@code null}, and the caller uses flexmark. {@code FastMarkdownTest} compares the two on the
 * built-in content and on many generated documents.
 *
 * <p>Why it exists: flexmark's parser and renderer are general and large, so a cold build spent
 * most of its CPU time compiling and running them (see docs/PERFORMANCE.md).
 */
final class FastMarkdown {

    private FastMarkdown() {
    }

    /** Signals, from deep inside the parser, that the text needs flexmark. Carries no stack trace. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }

    private static Decline decline() {
        return Decline.INSTANCE;
    }

    // ---- the parsed form --------------------------------------------------------------------

    private static final int TEXT = 0;
    private static final int CODE = 1;
    private static final int SOFT_BREAK = 2;
    private static final int LINK = 3;
    private static final int EMPHASIS = 4;
    private static final int STRONG = 5;
    private static final int CELL_SEPARATOR = 6;
    private static final int ROOT = 7;

    /** An inline node; containers (links, emphasis, the root) hold a linked list of children. */
    private static final class Inline {
        final int kind;
        String text;
        Inline parent;
        Inline previous;
        Inline next;
        Inline first;
        Inline last;
        /** For links: where the '[' stands in the original text ({@link #text} is the URL). */
        int offset;
        /** Text and code read from the source: {@code source[from, to)}, when {@link #text} is null. */
        char[] source;
        int from;
        int to;

        Inline(int kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        Inline(int kind, char[] source, int from, int to) {
            this.kind = kind;
            this.source = source;
            this.from = from;
            this.to = to;
        }

        /** Appends this node's text, escaped. */
        void escapeTo(StringBuilder out) {
            if (text != null) {
                escape(text.toCharArray(), 0, text.length(), out);
            } else {
                escape(source, from, to, out);
            }
        }

        void append(Inline child) {
            child.parent = this;
            child.previous = last;
            child.next = null;
            if (last == null) {
                first = child;
            } else {
                last.next = child;
            }
            last = child;
        }

        void insertAfter(Inline node) {
            node.parent = parent;
            node.previous = this;
            node.next = next;
            if (next == null) {
                parent.last = node;
            } else {
                next.previous = node;
            }
            next = node;
        }

        void unlink() {
            if (previous == null) {
                parent.first = next;
            } else {
                previous.next = next;
            }
            if (next == null) {
                parent.last = previous;
            } else {
                next.previous = previous;
            }
            parent = null;
            previous = null;
            next = null;
        }
    }

    private static final int PARAGRAPH = 0;
    private static final int HEADING = 1;
    private static final int BULLET_LIST = 2;
    private static final int ORDERED_LIST = 3;
    private static final int QUOTE = 4;
    private static final int TABLE = 5;

    private static final class Block {
        final int kind;
        int level;
        Inline content;
        final List<Inline> items = new ArrayList<>();
        final List<Block> children = new ArrayList<>();
        /** Tables: one root per row, the header row first; alignment per column ("" for none). */
        String[] align;

        Block(int kind) {
            this.kind = kind;
        }
    }

    /** A parsed document. Point its links elsewhere with {@link #setHref}, then {@link #render} it. */
    static final class Parsed {
        private final List<Block> blocks;
        private final List<Inline> links;
        private final List<HeadingInfo> headings = new ArrayList<>();

        private Parsed(List<Block> blocks, List<Inline> links) {
            this.blocks = blocks;
            this.links = links;
        }

        int linkCount() {
            return links.size();
        }

        /** The URL of link {@code i} as written. */
        String url(int i) {
            return links.get(i).text;
        }

        /** Where link {@code i} starts (its '[') in the text given to {@link #parse}. */
        int offset(int i) {
            return links.get(i).offset;
        }

        void setHref(int i, String href) {
            links.get(i).text = href;
        }

        /** The headings with an id, in order, as the last {@link #render} wrote them. */
        List<HeadingInfo> headings() {
            return headings;
        }

        String render() {
            headings.clear();
            StringBuilder out = new StringBuilder(4096);
            Map<String, Integer> ids = new HashMap<>();
            for (Block b : blocks) {
                renderBlock(b, out, ids);
            }
            return out.toString();
        }

        private void renderBlock(Block b, StringBuilder out, Map<String, Integer> ids) {
            switch (b.kind) {
                case PARAGRAPH -> {
                    out.append("<p>");
                    renderChildren(b.content, out);
                    out.append("</p>\n");
                }
                case HEADING -> {
                    String id = headingId(b.content, ids);
                    out.append("<h").append(b.level);
                    if (!id.isEmpty()) {
                        out.append(" id=\"").append(id).append('"');
                    }
                    out.append('>');
                    int start = out.length();
                    renderChildren(b.content, out);
                    if (!id.isEmpty()) {
                        headings.add(new HeadingInfo(b.level, id, out.substring(start)));
                    }
                    out.append("</h").append(b.level).append(">\n");
                }
                case BULLET_LIST, ORDERED_LIST -> {
                    String tag = b.kind == BULLET_LIST ? "ul" : "ol";
                    out.append('<').append(tag).append(">\n");
                    for (Inline item : b.items) {
                        out.append("<li>");
                        renderChildren(item, out);
                        out.append("</li>\n");
                    }
                    out.append("</").append(tag).append(">\n");
                }
                case QUOTE -> {
                    out.append("<blockquote>\n");
                    for (Block child : b.children) {
                        renderBlock(child, out, ids);
                    }
                    out.append("</blockquote>\n");
                }
                case TABLE -> {
                    out.append("<table class=\"table\">\n<thead>\n");
                    for (int r = 0; r < b.items.size(); r++) {
                        if (r == 1) {
                            out.append("</thead>\n<tbody>\n");
                        }
                        renderRow(b.items.get(r), r == 0 ? "th" : "td", b.align, out);
                    }
                    out.append(b.items.size() == 1 ? "</thead>\n<tbody></tbody>\n" : "</tbody>\n").append("</table>\n");
                }
                default -> throw new IllegalStateException("block kind " + b.kind);
            }
        }

        private static void renderRow(Inline row, String tag, String[] align, StringBuilder out) {
            out.append("<tr>");
            int column = 0;
            Inline cellStart = row.first.next; // after the leading '|'
            while (cellStart != null) {
                out.append('<').append(tag);
                if (!align[column].isEmpty()) {
                    out.append(" align=\"").append(align[column]).append('"');
                }
                out.append('>');
                Inline end = cellStart;
                while (end.kind != CELL_SEPARATOR) {
                    end = end.next;
                }
                for (Inline n = cellStart; n != end; n = n.next) {
                    if (n.kind == TEXT && n.text == null && (n == cellStart || n.next == end)) {
                        int from = n.from;
                        int to = n.to;
                        if (n == cellStart) {
                            while (from < to && n.source[from] == ' ') {
                                from++;
                            }
                        }
                        if (n.next == end) {
                            while (to > from && n.source[to - 1] == ' ') {
                                to--;
                            }
                        }
                        escape(n.source, from, to, out);
                    } else {
                        renderNode(n, out);
                    }
                }
                out.append("</").append(tag).append('>');
                column++;
                cellStart = end.next;
            }
            out.append("</tr>\n");
        }

        private static void renderChildren(Inline parent, StringBuilder out) {
            for (Inline n = parent.first; n != null; n = n.next) {
                renderNode(n, out);
            }
        }

        private static void renderNode(Inline n, StringBuilder out) {
            switch (n.kind) {
                case TEXT -> n.escapeTo(out);
                case CODE -> {
                    out.append("<code>");
                    n.escapeTo(out);
                    out.append("</code>");
                }
                case SOFT_BREAK -> out.append('\n');
                case LINK -> {
                    out.append("<a href=\"");
                    n.escapeTo(out);
                    out.append("\">");
                    renderChildren(n, out);
                    out.append("</a>");
                }
                case EMPHASIS -> {
                    out.append("<em>");
                    renderChildren(n, out);
                    out.append("</em>");
                }
                case STRONG -> {
                    out.append("<strong>");
                    renderChildren(n, out);
                    out.append("</strong>");
                }
                default -> throw new IllegalStateException("inline kind " + n.kind);
            }
        }
    }

    /** A heading as rendered: its level, id and inner HTML. */
    record HeadingInfo(int level, String id, String html) {
    }

    /** The id flexmark gives a heading: its text, lower-cased, spaces, '-' and '_' as '-', other signs dropped. */
    private static String headingId(Inline heading, Map<String, Integer> ids) {
        StringBuilder text = new StringBuilder();
        collectText(heading, text);
        String trimmed = text.toString().strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        StringBuilder id = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isAlphabetic(c)) {
                id.append(Character.toLowerCase(c));
            } else if (Character.isDigit(c)) {
                id.append(c);
            } else if (c == ' ' || c == '-' || c == '_') {
                id.append('-');
            }
        }
        String base = id.toString();
        Integer seen = ids.get(base);
        if (seen == null) {
            ids.put(base, 0);
            return base;
        }
        ids.put(base, seen + 1);
        return base + "-" + (seen + 1);
    }

    private static boolean isAlphabetic(char c) {
        return ((((1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
                | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER)
                | (1 << Character.OTHER_LETTER) | (1 << Character.LETTER_NUMBER)) >> Character.getType((int) c)) & 1) != 0;
    }

    private static void collectText(Inline parent, StringBuilder out) {
        for (Inline n = parent.first; n != null; n = n.next) {
            switch (n.kind) {
                case TEXT, CODE -> {
                    if (n.text != null) {
                        out.append(n.text);
                    } else {
                        out.append(n.source, n.from, n.to - n.from);
                    }
                }
                case SOFT_BREAK -> out.append('\n');
                default -> collectText(n, out);
            }
        }
    }

    /** Escapes {@code s[from, to)} as flexmark does: {@code & < > "}. */
    static void escape(char[] s, int from, int to, StringBuilder out) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                out.append(s, run, i - run);
                out.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&quot;");
                run = i + 1;
            }
        }
        out.append(s, run, to - run);
    }

    // ---- block parsing ----------------------------------------------------------------------

    /**
     * Parses {@code text}, or returns {@code null} if it uses anything this fast path does not
     * render exactly as flexmark does.
     */
    static Parsed parse(String text) {
        try {
            return new Parser(text).parse();
        } catch (Decline d) {
            return null;
        }
    }

    private static final class Parser {
        /** The text, as an array: the parser reads it a character at a time. */
        private final char[] text;
        private final int[] starts;
        private final int[] ends;
        private final List<Inline> links = new ArrayList<>();

        Parser(String source) {
            this.text = source.toCharArray();
            char[] t = text;
            int n = t.length;
            int[] s = new int[16];
            int[] e = new int[16];
            int lines = 0;
            int lineStart = 0;
            for (int i = 0; i < n; i++) {
                char c = t[i];
                if (c > '\\') {
                    continue;
                }
                if (c == '\n') {
                    if (lines == s.length) {
                        s = Arrays.copyOf(s, lines * 2);
                        e = Arrays.copyOf(e, lines * 2);
                    }
                    s[lines] = lineStart;
                    e[lines] = i;
                    lines++;
                    lineStart = i + 1;
                } else if (c == '\r' || c == '\t' || c == 0 || c == '<' || c == '\\' || c == '\u000B' || c == '\f'
                        || (c == '&' && entityAt(t, i + 1))
                        || (c == '!' && i + 1 < n && t[i + 1] == '[')) {
                    throw decline();
                }
            }
            if (lineStart < n) {
                if (lines == s.length) {
                    s = Arrays.copyOf(s, lines + 1);
                    e = Arrays.copyOf(e, lines + 1);
                }
                s[lines] = lineStart;
                e[lines] = n;
                lines++;
            }
            starts = Arrays.copyOf(s, lines);
            ends = Arrays.copyOf(e, lines);
        }

        /** Whether an entity-like {@code name;} or {@code #123;} follows an '&amp;' (flexmark may decode it). */
        private static boolean entityAt(char[] text, int i) {
            int j = i;
            while (j < text.length && j - i < 40) {
                char c = text[j];
                if (c == ';') {
                    return j > i;
                }
                if (!(c == '#' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                    return false;
                }
                j++;
            }
            return false;
        }

        private boolean blank(int line) {
            for (int i = starts[line]; i < ends[line]; i++) {
                if (text[i] != ' ') {
                    return false;
                }
            }
            return true;
        }

        private char at(int line, int column) {
            int i = starts[line] + column;
            return i < ends[line] ? text[i] : '\n';
        }

        Parsed parse() {
            List<Block> blocks = new ArrayList<>();
            int lines = starts.length;
            int i = 0;
            while (i < lines) {
                if (blank(i)) {
                    i++;
                    continue;
                }
                checkLine(i);
                char c = at(i, 0);
                if (c == '#') {
                    blocks.add(heading(i));
                    i++;
                } else if (c == '>') {
                    i = quote(i, blocks);
                } else if (c == '|') {
                    i = table(i, blocks);
                } else if (bulletMarker(i) || orderedMarker(i) > 0) {
                    i = list(i, blocks);
                } else {
                    requirePlainStart(starts[i], ends[i]);
                    int first = i;
                    i++;
                    while (i < lines && !blank(i)) {
                        checkLine(i);
                        requirePlainStart(starts[i], ends[i]);
                        i++;
                    }
                    Block p = new Block(PARAGRAPH);
                    p.content = inline(text, starts[first], ends[i - 1], null, false);
                    blocks.add(p);
                }
            }
            return new Parsed(blocks, links);
        }

        /** Lines this fast path never takes: leading or trailing spaces, and rule-like lines (setext, thematic breaks). */
        private void checkLine(int line) {
            int s = starts[line];
            int e = ends[line];
            if (text[s] == ' ' || text[e - 1] == ' ') {
                throw decline();
            }
            boolean onlyRuleChars = true;
            for (int i = s; i < e && onlyRuleChars; i++) {
                char c = text[i];
                onlyRuleChars = c == ' ' || c == '-' || c == '=' || c == '*' || c == '_' || c == '|' || c == ':' || c == '+';
            }
            if (onlyRuleChars) {
                throw decline();
            }
        }

        /**
         * A paragraph line must not start anything flexmark could read as another block or as a
         * continuation of one.
         */
        private void requirePlainStart(int s, int e) {
            char c = text[s];
            char next = s + 1 < e ? text[s + 1] : '\n';
            switch (c) {
                case '#', '>', '|' -> throw decline();
                case '`', '~' -> {
                    if (next == c) {
                        throw decline(); // a fenced code block
                    }
                }
                case '-', '+', '*' -> {
                    if (next == ' ' || next == '\n') {
                        throw decline();
                    }
                }
                default -> {
                    if (c >= '0' && c <= '9') {
                        int i = s;
                        while (i < e && text[i] >= '0' && text[i] <= '9') {
                            i++;
                        }
                        if (i < e && (text[i] == '.' || text[i] == ')')) {
                            throw decline();
                        }
                    }
                }
            }
        }

        private Block heading(int line) {
            int s = starts[line];
            int e = ends[line];
            int level = 0;
            while (s + level < e && text[s + level] == '#') {
                level++;
            }
            if (level > 6 || s + level + 1 >= e || text[s + level] != ' ' || text[s + level + 1] == ' '
                    || text[e - 1] == '#') {
                throw decline();
            }
            Block h = new Block(HEADING);
            h.level = level;
            h.content = inline(text, s + level + 1, e, null, false);
            return h;
        }

        private boolean bulletMarker(int line) {
            char c = at(line, 0);
            return (c == '-' || c == '*' || c == '+') && at(line, 1) == ' ';
        }

        /** The length of an ordered list marker ("12. ") at the start of the line, or 0. */
        private int orderedMarker(int line) {
            int digits = 0;
            while (at(line, digits) >= '0' && at(line, digits) <= '9') {
                digits++;
            }
            if (digits == 0) {
                return 0;
            }
            char d = at(line, digits);
            if ((d == '.' || d == ')') && at(line, digits + 1) == ' ') {
                return digits + 2;
            }
            return 0;
        }

        /** A tight list of one-line items of one kind; anything else declines. */
        private int list(int line, List<Block> blocks) {
            boolean bullet = bulletMarker(line);
            char marker = bullet ? at(line, 0) : at(line, orderedMarker(line) - 2);
            if (!bullet) {
                int m = orderedMarker(line);
                if (m != 3 || at(line, 0) != '1') {
                    throw decline(); // only lists that start at 1 (flexmark would write start="n")
                }
            }
            Block list = new Block(bullet ? BULLET_LIST : ORDERED_LIST);
            int lines = starts.length;
            int i = line;
            while (i < lines && !blank(i)) {
                checkLine(i);
                int m;
                if (bullet) {
                    if (!bulletMarker(i) || at(i, 0) != marker) {
                        throw decline();
                    }
                    m = 2;
                } else {
                    m = orderedMarker(i);
                    if (m == 0 || at(i, m - 2) != marker || m - 2 > 9) {
                        throw decline();
                    }
                }
                int s = starts[i] + m;
                if (s >= ends[i] || text[s] == ' ') {
                    throw decline();
                }
                requirePlainStart(s, ends[i]);
                requireNoRuleChars(s, ends[i]); // "1. ---" is a list item holding a thematic break
                list.items.add(inline(text, s, ends[i], null, false));
                i++;
            }
            // A list item after a blank line would make the list loose: leave that to flexmark.
            int j = i;
            while (j < lines && blank(j)) {
                j++;
            }
            if (j < lines && at(j, 0) == ' ') {
                throw decline();
            }
            if (j < lines && (bullet ? bulletMarker(j) && at(j, 0) == marker
                    : orderedMarker(j) > 0 && at(j, orderedMarker(j) - 2) == marker)) {
                throw decline();
            }
            blocks.add(list);
            return i;
        }

        /** Block quotes holding paragraphs, every line marked with '>'. */
        private int quote(int line, List<Block> blocks) {
            Block quote = new Block(QUOTE);
            int lines = starts.length;
            int i = line;
            StringBuilder content = null;
            List<int[]> map = null;
            while (i < lines && !blank(i)) {
                int s = starts[i];
                int e = ends[i];
                if (text[s] != '>') {
                    throw decline(); // a lazy continuation line
                }
                int c = s + 1;
                if (c < e && text[c] == ' ') {
                    c++;
                }
                if (c >= e) {
                    if (content != null) {
                        quote.children.add(paragraph(content, map));
                        content = null;
                    }
                } else {
                    if (text[c] == ' ' || text[e - 1] == ' ') {
                        throw decline();
                    }
                    requirePlainStart(c, e);
                    requireNoRuleChars(c, e);
                    if (content == null) {
                        content = new StringBuilder();
                        map = new ArrayList<>();
                    } else {
                        content.append('\n');
                    }
                    map.add(new int[] {content.length(), c});
                    content.append(text, c, e - c);
                }
                i++;
            }
            if (content != null) {
                quote.children.add(paragraph(content, map));
            }
            if (quote.children.isEmpty()) {
                throw decline();
            }
            blocks.add(quote);
            return i;
        }

        private void requireNoRuleChars(int s, int e) {
            for (int i = s; i < e; i++) {
                char c = text[i];
                if (!(c == ' ' || c == '-' || c == '=' || c == '*' || c == '_' || c == '|' || c == ':' || c == '+')) {
                    return;
                }
            }
            throw decline();
        }

        private Block paragraph(StringBuilder content, List<int[]> map) {
            Block p = new Block(PARAGRAPH);
            int[][] offsets = map.toArray(new int[0][]);
            p.content = inline(content.toString().toCharArray(), 0, content.length(), offsets, false);
            return p;
        }

        /** A pipe table: a header row, a separator row, body rows; every row starts and ends with '|'. */
        private int table(int line, List<Block> blocks) {
            int lines = starts.length;
            if (line + 1 >= lines) {
                throw decline();
            }
            String[] align = separator(starts[line + 1], ends[line + 1]);
            Block table = new Block(TABLE);
            table.align = align;
            table.items.add(row(line, align.length));
            int i = line + 2;
            while (i < lines && !blank(i)) {
                table.items.add(row(i, align.length));
                i++;
            }
            blocks.add(table);
            return i;
        }

        private String[] separator(int s, int e) {
            if (text[s] != '|' || text[e - 1] != '|' || e - s < 2) {
                throw decline();
            }
            List<String> align = new ArrayList<>();
            int cell = s + 1;
            for (int i = s + 1; i < e; i++) {
                if (text[i] == '|') {
                    int a = cell;
                    int b = i;
                    while (a < b && text[a] == ' ') {
                        a++;
                    }
                    while (b > a && text[b - 1] == ' ') {
                        b--;
                    }
                    boolean left = a < b && text[a] == ':';
                    boolean right = b > a && text[b - 1] == ':';
                    int dashesFrom = left ? a + 1 : a;
                    int dashesTo = right ? b - 1 : b;
                    if (dashesTo <= dashesFrom || b - a < 3) {
                        throw decline();
                    }
                    for (int j = dashesFrom; j < dashesTo; j++) {
                        if (text[j] != '-') {
                            throw decline();
                        }
                    }
                    align.add(left && right ? "center" : left ? "left" : right ? "right" : "");
                    cell = i + 1;
                }
            }
            return align.toArray(new String[0]);
        }

        private Inline row(int line, int columns) {
            int s = starts[line];
            int e = ends[line];
            if (text[s] != '|' || text[e - 1] != '|' || e - s < 2) {
                throw decline();
            }
            int cells = 0;
            int cellStart = s + 1;
            for (int i = s + 1; i < e; i++) {
                char c = text[i];
                if (c == '|') {
                    boolean empty = true;
                    for (int j = cellStart; j < i && empty; j++) {
                        empty = text[j] == ' ';
                    }
                    if (empty) {
                        throw decline();
                    }
                    cells++;
                    cellStart = i + 1;
                }
            }
            if (cells != columns) {
                throw decline();
            }
            Inline row = inline(text, s, e, null, true);
            for (Inline n = row.first; n != null; n = n.next) {
                if (n.kind == EMPHASIS || n.kind == STRONG) {
                    requireNoSeparator(n);
                }
            }
            return row;
        }

        private static void requireNoSeparator(Inline parent) {
            for (Inline n = parent.first; n != null; n = n.next) {
                if (n.kind == CELL_SEPARATOR) {
                    throw decline();
                }
                requireNoSeparator(n);
            }
        }

        // ---- inline parsing -----------------------------------------------------------------

        /** A run of '*' or '_' that may open or close emphasis. */
        private static final class Delimiter {
            final Inline node;
            final char c;
            int count;
            final boolean canOpen;
            final boolean canClose;
            Delimiter previous;
            Delimiter next;

            Delimiter(Inline node, char c, int count, boolean canOpen, boolean canClose) {
                this.node = node;
                this.c = c;
                this.count = count;
                this.canOpen = canOpen;
                this.canClose = canClose;
            }
        }

        /**
         * Parses {@code s[from, to)} into a root node. {@code map} gives, for content built from
         * quote lines, pairs (offset in s, offset in the text); {@code null} when s is the text.
         */
        private Inline inline(char[] s, int from, int to, int[][] map, boolean cells) {
            Inline root = new Inline(ROOT, null);
            parseInto(root, s, from, to, from, to, map, cells);
            return root;
        }

        private void parseInto(Inline parent, char[] s, int from, int to, int boundsFrom, int boundsTo, int[][] map,
                               boolean cells) {
            Delimiter last = null;
            int run = -1; // where the pending plain text started, or -1
            int i = from;
            while (i < to) {
                char c = s[i];
                if (c > '`' && c != '|' || c >= '0' && c <= 'Z' || c == ' ' || c == '|' && !cells) {
                    // plain text ('[', ']', '_' and '`' fall between 'Z' and 'a')
                    if (run < 0) {
                        run = i;
                    }
                    i++;
                    continue;
                }
                switch (c) {
                    case '\n' -> {
                        run = flush(parent, s, run, i);
                        parent.append(new Inline(SOFT_BREAK, null));
                        i++;
                    }
                    case '`' -> {
                        int close = i + 1;
                        while (close < to && s[close] != '`') {
                            close++;
                        }
                        if (close >= to || close == i + 1 || (close + 1 < to && s[close + 1] == '`')
                                || s[i + 1] == ' ' || s[close - 1] == ' ') {
                            throw decline();
                        }
                        for (int k = i + 1; k < close; k++) {
                            if (s[k] == '\n' || s[k] == '|' || (s[k] == ' ' && s[k + 1] == ' ')) {
                                throw decline();
                            }
                        }
                        run = flush(parent, s, run, i);
                        parent.append(new Inline(CODE, s, i + 1, close));
                        i = close + 1;
                    }
                    case '*', '_' -> {
                        int j = i;
                        while (j < to && s[j] == c) {
                            j++;
                        }
                        int count = j - i;
                        if (count > 2) {
                            throw decline();
                        }
                        char before = i == boundsFrom ? '\n' : s[i - 1];
                        char after = j == boundsTo ? '\n' : s[j];
                        boolean beforeSpace = isWhitespace(before);
                        boolean afterSpace = isWhitespace(after);
                        boolean beforePunct = isPunctuation(before);
                        boolean afterPunct = isPunctuation(after);
                        boolean leftFlanking = !afterSpace && !(afterPunct && !beforeSpace && !beforePunct);
                        boolean rightFlanking = !beforeSpace && !(beforePunct && !afterSpace && !afterPunct);
                        boolean canOpen;
                        boolean canClose;
                        if (c == '*') {
                            canOpen = leftFlanking;
                            canClose = rightFlanking;
                        } else {
                            canOpen = leftFlanking && (!rightFlanking || beforePunct);
                            canClose = rightFlanking && (!leftFlanking || afterPunct);
                        }
                        run = flush(parent, s, run, i);
                        Inline node = new Inline(TEXT, count == 1 ? (c == '*' ? "*" : "_") : (c == '*' ? "**" : "__"));
                        parent.append(node);
                        Delimiter d = new Delimiter(node, c, count, canOpen, canClose);
                        d.previous = last;
                        if (last != null) {
                            last.next = d;
                        }
                        last = d;
                        i = j;
                    }
                    case '[' -> {
                        int close = i + 1;
                        while (close < to && s[close] != ']') {
                            char k = s[close];
                            if (k == '[' || k == '`' || k == '\n' || k == '|') {
                                throw decline();
                            }
                            close++;
                        }
                        if (close >= to || close == i + 1 || close + 1 >= to || s[close + 1] != '(') {
                            throw decline();
                        }
                        if (s[i + 1] == ' ' || s[close - 1] == ' ') {
                            throw decline(); // flexmark trims spaces at the ends of link text
                        }
                        int urlStart = close + 2;
                        int urlEnd = urlStart;
                        while (urlEnd < to && s[urlEnd] != ')') {
                            char k = s[urlEnd];
                            if (k <= ' ' || k == '(' || k == '"' || k == '\'' || k == '|' || k == '`' || k == '['
                                    || k == ']' || k > '~') {
                                throw decline();
                            }
                            urlEnd++;
                        }
                        if (urlEnd >= to || urlEnd == urlStart) {
                            throw decline();
                        }
                        run = flush(parent, s, run, i);
                        Inline link = new Inline(LINK, new String(s, urlStart, urlEnd - urlStart));
                        link.offset = original(i, map);
                        links.add(link);
                        parseInto(link, s, i + 1, close, boundsFrom, boundsTo, map, cells);
                        parent.append(link);
                        i = urlEnd + 1;
                    }
                    case ']' -> throw decline();
                    case '|' -> {
                        run = flush(parent, s, run, i);
                        parent.append(new Inline(CELL_SEPARATOR, "|"));
                        i++;
                    }
                    default -> {
                        if (run < 0) {
                            run = i;
                        }
                        i++;
                    }
                }
            }
            flush(parent, s, run, to);
            processEmphasis(last, null);
        }

        private int original(int offset, int[][] map) {
            if (map == null) {
                return offset;
            }
            int k = map.length - 1;
            while (map[k][0] > offset) {
                k--;
            }
            return map[k][1] + (offset - map[k][0]);
        }

        /** Ends the plain text that started at {@code run} (if any) at {@code end}; returns -1. */
        private static int flush(Inline parent, char[] s, int run, int end) {
            if (run >= 0 && end > run) {
                parent.append(new Inline(TEXT, s, run, end));
            }
            return -1;
        }

        /** flexmark's InlineParserImpl.processDelimiters with its emphasis delimiter processors. */
        private static void processEmphasis(Delimiter last, Delimiter stackBottom) {
            Map<Character, Delimiter> openersBottom = new HashMap<>(4);
            Delimiter closer = last;
            while (closer != null && closer.previous != stackBottom) {
                closer = closer.previous;
            }
            Delimiter top = last;
            while (closer != null) {
                if (!closer.canClose) {
                    closer = closer.next;
                    continue;
                }
                char c = closer.c;
                int use = 0;
                boolean found = false;
                boolean potential = false;
                Delimiter opener = closer.previous;
                Delimiter bottomFor = openersBottom.get(c);
                while (opener != null && opener != stackBottom && opener != bottomFor) {
                    if (opener.canOpen && opener.c == c) {
                        potential = true;
                        use = delimiterUse(opener, closer);
                        if (use > 0) {
                            found = true;
                            break;
                        }
                    }
                    opener = opener.previous;
                }
                if (!found) {
                    if (!potential) {
                        openersBottom.put(c, closer.previous);
                        if (!closer.canOpen) {
                            Delimiter next = closer.next;
                            top = remove(closer, top);
                            closer = next;
                            continue;
                        }
                    }
                    closer = closer.next;
                    continue;
                }
                // Remove the delimiters between opener and closer (their text stays).
                Delimiter between = closer.previous;
                while (between != null && between != opener) {
                    Delimiter previous = between.previous;
                    top = remove(between, top);
                    between = previous;
                }
                Inline emphasis = new Inline(use == 1 ? EMPHASIS : STRONG, null);
                Inline n = opener.node.next;
                while (n != null && n != closer.node) {
                    Inline next = n.next;
                    n.unlink();
                    emphasis.append(n);
                    n = next;
                }
                opener.node.insertAfter(emphasis);
                opener.count -= use;
                closer.count -= use;
                if (opener.count == 0) {
                    opener.node.unlink();
                    top = remove(opener, top);
                } else {
                    opener.node.text = opener.node.text.substring(0, opener.count);
                }
                if (closer.count == 0) {
                    Delimiter next = closer.next;
                    closer.node.unlink();
                    top = remove(closer, top);
                    closer = next;
                } else {
                    String t = closer.node.text;
                    closer.node.text = t.substring(t.length() - closer.count);
                }
            }
        }

        private static int delimiterUse(Delimiter opener, Delimiter closer) {
            if ((opener.canClose || closer.canOpen) && (opener.count + closer.count) % 3 == 0) {
                return 0;
            }
            // Runs are at most two long here (longer ones decline), so flexmark uses the shorter run.
            return Math.min(closer.count, opener.count);
        }

        private static Delimiter remove(Delimiter d, Delimiter top) {
            if (d.previous != null) {
                d.previous.next = d.next;
            }
            if (d.next != null) {
                d.next.previous = d.previous;
            }
            return d == top ? d.previous : top;
        }
    }

    /** flexmark's UNICODE_WHITESPACE_CHAR: Zs, tab, CR, LF, FF. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    /** flexmark's PUNCTUATION: ASCII punctuation and the Unicode P* categories. */
    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION -> true;
            default -> false;
        };
    }
}
