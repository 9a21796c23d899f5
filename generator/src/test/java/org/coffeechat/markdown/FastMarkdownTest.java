package org.coffeechat.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast path must render exactly what flexmark renders, or decline. These tests compare the
 * two on the repository's own Markdown and on many generated documents built from the
 * constructs the fast path takes and from the ones it must decline.
 */
class FastMarkdownTest {

    private static final Path REPO = Path.of(System.getProperty("coffeechat.repoRoot", ".."));
    private static final Parser PARSER = Parser.builder(MarkdownCompiler.flexmarkOptions()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(MarkdownCompiler.flexmarkOptions()).build();

    /** The comparison of one text: null when the fast path declined, else a description of any difference. */
    static String difference(String text) {
        FastMarkdown.Parsed fast = FastMarkdown.parse(text);
        if (fast == null) {
            return null;
        }
        Document document = PARSER.parse(text);
        List<String> expectedLinks = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Link link) {
                expectedLinks.add(link.getUrl() + "@" + link.getStartOffset());
            }
        }
        List<String> actualLinks = new ArrayList<>();
        for (int i = 0; i < fast.linkCount(); i++) {
            actualLinks.add(fast.url(i) + "@" + fast.offset(i));
        }
        String expected = RENDERER.render(document);
        String actual = fast.render();
        if (!expected.equals(actual)) {
            return "HTML differs for:\n" + text + "\n--- flexmark:\n" + expected + "--- fast path:\n" + actual;
        }
        if (!expectedLinks.equals(actualLinks)) {
            return "links differ for:\n" + text + "\n--- flexmark: " + expectedLinks + "\n--- fast path: " + actualLinks;
        }
        return "";
    }

    @Test
    void rendersTheRepositorysMarkdownExactlyAsFlexmarkDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("content", "site", "generator/src/test/resources/sites")) {
            Path root = REPO.resolve(folder);
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).forEach(files::add);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        int taken = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String body = text.startsWith("---\n") && text.indexOf("\n---\n", 3) > 0
                    ? text.substring(text.indexOf("\n---\n", 3) + 5) : text;
            String difference = difference(body);
            if (difference != null) {
                assertThat(difference).as(file.toString()).isEmpty();
                taken++;
            }
        }
        // Most guide pages are plain enough for the fast path; if this drops, it stopped paying off.
        assertThat(taken).as("pages the fast path took, of " + files.size()).isGreaterThan(files.size() / 2);
    }

    @Test
    void rendersGeneratedDocumentsExactlyAsFlexmarkDoesOrDeclines() {
        int taken = 0;
        int documents = 3_000;
        for (int seed = 0; seed < documents; seed++) {
            String text = new Generator(new Random(seed)).document();
            String difference = difference(text);
            if (difference != null) {
                assertThat(difference).as("seed " + seed).isEmpty();
                taken++;
            }
        }
        // The generator mixes constructs the fast path takes with ones it declines; both must occur.
        assertThat(taken).isBetween(documents / 10, documents - documents / 10);
    }

    @Test
    void declinesWhatItDoesNotRenderItself() {
        for (String text : List.of("<b>x</b>", "a \\* b", "&copy;", "![alt](a.png)", "a\n===", "---", "    code",
                "```\ncode\n```", "[a][b]\n\n[b]: x", "a  \nb", "- a\n\n- b", "- a\n  - b", "\ta", "> a\nb",
                "1. a\n1. b\n\n3. c", "| a |\n|---|\n| b |\nc")) {
            assertThat(FastMarkdown.parse(text)).as(text).isNull();
        }
    }

    @Test
    void keepsTheOffsetOfEachLinkInTheOriginalText() {
        FastMarkdown.Parsed parsed = FastMarkdown.parse("> a [b](c.md)\n>\n> [d](e.md)\n");
        assertThat(parsed).isNotNull();
        assertThat(parsed.offset(0)).isEqualTo(4);
        assertThat(parsed.offset(1)).isEqualTo(18);
    }

    /** Random Markdown from the pieces guide pages are made of, plus some that must decline. */
    static final class Generator {
        private static final String[] WORDS = {"coffee", "chat", "Ask", "the", "résumé", "Zoë", "a", "b", "x1",
            "2024", "why?", "(maybe)", "e.g.", "50%", "it's", "\"quoted\"", "–", "…", "#tag", "a|b", "snake_case",
            "x*y", "5*3", "C++", "Q&A", "a&b", "π", "日本", "🙂", "foo_bar_baz", "[", "]", "a-b", "*", "_", ":", "!",
            "‘x’", "¡", "«x»"};
        private static final String[] COMMON = {"coffee", "chat", "Ask", "the", "résumé", "Zoë", "a", "b", "x1",
            "2024", "why?", "(maybe)", "e.g.", "50%", "it's", "\"quoted\"", "–", "…", "a-b", "C++", ":", "!", "π",
            "snake_case", "x*y", "Q&A", "“curly”", "🙂", "日本", "R&amp", "a_", "_b", "$5", "{x}", "~", "+1", "#7", "é"};
        private final Random r;
        /** Clean documents use only what the fast path takes; the others mix in what it declines. */
        private final boolean clean;

        Generator(Random r) {
            this.r = r;
            this.clean = r.nextBoolean();
        }

        /** True with probability 1/n, never in a clean document. */
        private boolean odd(int n) {
            return !clean && r.nextInt(n) == 0;
        }

        String document() {
            StringBuilder out = new StringBuilder();
            int blocks = 1 + r.nextInt(5);
            for (int i = 0; i < blocks; i++) {
                if (i > 0) {
                    out.append(odd(8) ? "\n" : "\n\n");
                }
                out.append(block());
            }
            if (r.nextInt(3) > 0) {
                out.append('\n');
            }
            return out.toString();
        }

        private String block() {
            return switch (r.nextInt(clean ? 7 : 9)) {
                case 0 -> "#".repeat(1 + r.nextInt(odd(10) ? 8 : 6)) + " " + heading();
                case 1, 2 -> paragraph();
                case 3 -> list(r.nextBoolean() ? "- " : r.nextBoolean() ? "* " : "+ ", false);
                case 4 -> list("", true);
                case 5 -> quote();
                case 6 -> table();
                case 7 -> oddLine();
                default -> paragraph() + "\n" + paragraph();
            };
        }

        private String lastHeading = "Why it matters";

        /** Heading text; sometimes the same as the previous heading, so ids get a -1 suffix. */
        private String heading() {
            if (r.nextInt(4) != 0) {
                lastHeading = inline(1 + r.nextInt(6));
            }
            return lastHeading;
        }

        private String paragraph() {
            int lines = 1 + r.nextInt(3);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines; i++) {
                if (i > 0) {
                    out.append('\n');
                }
                out.append(inline(2 + r.nextInt(12)));
            }
            return out.toString();
        }

        private String list(String bullet, boolean ordered) {
            int items = 1 + r.nextInt(4);
            StringBuilder out = new StringBuilder();
            int start = odd(6) ? 2 : 1;
            for (int i = 0; i < items; i++) {
                if (i > 0) {
                    out.append(odd(12) ? "\n\n" : "\n");
                }
                out.append(ordered ? (start + i) + (odd(10) ? ") " : ". ") : bullet);
                if (odd(15)) {
                    out.append(' ');
                }
                out.append(inline(1 + r.nextInt(8)));
            }
            return out.toString();
        }

        private String quote() {
            int lines = 1 + r.nextInt(4);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines; i++) {
                if (i > 0) {
                    out.append('\n');
                }
                out.append(odd(10) ? "" : ">");
                if (r.nextInt(4) == 0) {
                    continue;
                }
                out.append(r.nextInt(6) == 0 ? "" : " ").append(inline(1 + r.nextInt(8)));
            }
            return out.toString();
        }

        private String table() {
            int columns = 1 + r.nextInt(4);
            StringBuilder out = new StringBuilder();
            int rows = 1 + r.nextInt(4);
            for (int row = 0; row < rows + 1; row++) {
                out.append('|');
                int cells = odd(12) ? columns + 1 : columns;
                for (int c = 0; c < cells; c++) {
                    if (row == 1) {
                        String[] seps = {"---", ":---", "---:", ":-:", "-----", " --- ", ":--:", "--"};
                        out.append(seps[r.nextInt(seps.length - (clean ? 1 : 0))]);
                    } else {
                        out.append(r.nextBoolean() ? " " : "").append(inline(1 + r.nextInt(3)))
                                .append(r.nextBoolean() ? " " : "");
                    }
                    out.append('|');
                }
                out.append('\n');
            }
            return out.toString().stripTrailing();
        }

        private String oddLine() {
            String[] odd = {"***", "---", "a\n---", "a\n===", "    code", "```\nx\n```", "<div>x</div>", "a  \nb",
                "[ref]: https://example.com", "- a\n  - b", "1. a\n\n2. b", "> a\nlazy", "\\*not\\*", "&amp; &copy;",
                "![img](a.png)", "<https://example.com>", "a\tb", "# heading #", "#no-space", "####### seven"};
            return odd[r.nextInt(odd.length)];
        }

        private String inline(int words) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    out.append(odd(12) ? "" : " ");
                }
                out.append(piece());
            }
            return out.toString();
        }

        private String piece() {
            String w = odd(4) ? WORDS[r.nextInt(WORDS.length)] : COMMON[r.nextInt(COMMON.length)];
            return switch (r.nextInt(odd(3) ? 16 : 10)) {
                case 0 -> "*" + w + "*";
                case 1 -> "**" + w + "**";
                case 2 -> "_" + w + "_";
                case 3 -> "__" + w + "__";
                case 4 -> "`" + w + "`";
                case 5 -> "[" + w + (r.nextBoolean() ? " " + COMMON[r.nextInt(COMMON.length)] : "") + "]("
                        + link() + ")";
                case 6 -> "*" + w;
                case 7 -> w + "**";
                case 8 -> "**" + w + " *" + COMMON[r.nextInt(COMMON.length)] + "* x**";
                case 9 -> "*[" + w + "](" + link() + ")*";
                case 10 -> odd(5) ? "***" + w + "***" : w;
                default -> w;
            };
        }

        private String link() {
            String[] links = {"../01-a/b.md", "b.md#part", "/questions/", "https://example.com/a_b?c=1",
                "#anchor", "mailto:a@b.org", "x_y.md", "a.md", "/steps/01-a/x.md#why-it-matters",
                "https://example.com/a_b?c=1&d=2"};
            return links[r.nextInt(links.length - (clean ? 1 : 0))];
        }
    }
}
