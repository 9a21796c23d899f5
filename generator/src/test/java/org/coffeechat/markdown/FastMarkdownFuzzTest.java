package org.coffeechat.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Differential fuzzing of the Markdown fast path against flexmark: whatever text {@link FastMarkdown}
 * takes, it must render to exactly flexmark's HTML, with the same links at the same offsets and the
 * same headings; and none of its output may let markup from the text through.
 *
 * <p>{@code ./mvnw -B verify} runs this on the inputs committed under
 * {@code src/test/resources/org/coffeechat/markdown/FastMarkdownFuzzTestInputs/} (seeds and every
 * difference fuzzing has found). To fuzz, see docs/FUZZING.md:
 * {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m ./mvnw -B -pl generator test -Dtest='FastMarkdownFuzzTest'}.
 */
class FastMarkdownFuzzTest {

    /** The tags the fast path writes itself; everything else must reach the HTML escaped. */
    private static final Pattern OWN_TAG = Pattern.compile(
            "</?(?:p|ul|ol|li|em|strong|code|blockquote|thead|tbody|tr)>|<table class=\"table\">|</table>"
                    + "|<h[1-6](?: id=\"[\\p{L}\\p{Nd}\\p{Nl}-]*\")?>|</h[1-6]>|<a href=\"[^\"<>]*\">|</a>"
                    + "|<t[hd](?: align=\"(?:left|right|center)\")?>|</t[hd]>");
    private static final Pattern HEADING = Pattern.compile("<h([1-6])[^>]*?\\sid=\"([^\"]*)\"[^>]*>(.*?)</h\\1>",
            Pattern.DOTALL);

    /**
     * The pieces Markdown pages are made of: each input byte picks one, so that mutations move whole
     * pieces (emphasis runs, link parts, list and quote markers) rather than bits.
     */
    private static final String[] PIECES = {"a", "b", "word", "Ask", "x1", "2024", " ", " ", "  ", "\n", "\n", "\n\n",
        "*", "**", "***", "_", "__", "`", "``", "[", "]", "](", ")", "(", "x.md", "#part", "/questions/", "https://e.org/a_b",
        "# ", "## ", "###### ", "#", "- ", "* ", "+ ", "1. ", "2. ", "1) ", "10. ", "> ", ">", "|", "| ", " |", "---",
        ":---", "---:", ":", "-", "=", "é", "π", "日本", "🙂", "\u00a0", "\u2019", "&", "&amp;", "\"", "'", "!", "?", ".",
        ",", ";", "<", "\\", "\t", "~", "+", "{x}", "{{a}}", "0", "9"};

    @FuzzTest(maxDuration = "10m")
    void rendersDocumentsOfMarkdownPiecesExactlyAsFlexmarkDoes(byte[] input) {
        StringBuilder text = new StringBuilder();
        for (byte b : input) {
            text.append(PIECES[(b & 0xff) % PIECES.length]);
        }
        rendersWhatItTakesExactlyAsFlexmarkDoes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10m")
    // libFuzzer dictionary syntax: \xNN for a byte, \" and \\ for quote and backslash.
    @DictionaryEntries({"*", "**", "_", "__", "`", "[", "]", "](", ")", "(", "|", "| --- |", "|:---:|", "# ", "## ",
        "> ", ">", "- ", "* ", "+ ", "1. ", "1) ", "2. ", "\\x0A", "\\x0A\\x0A", " ", "  ", "&", "&amp;", "&#35;", "<",
        "\\\\", "!", "#", "-", "=", ":", "'", "\\\"", "x.md", "#a", "https://e.org/", "\\xC3\\xA9", "\\xC2\\xA0",
        "\\xE2\\x80\\x99", "\\x09", "\\x0D"})
    void rendersWhatItTakesExactlyAsFlexmarkDoes(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String difference = FastMarkdownTest.difference(text);
        if (difference == null) {
            return; // declined: flexmark renders it
        }
        assertThat(difference).isEmpty();

        FastMarkdown.Parsed parsed = FastMarkdown.parse(text);
        String html = parsed.render();
        assertThat(OWN_TAG.matcher(html).replaceAll("")).as("markup outside the fast path's own tags for:\n%s", text)
                .doesNotContain("<", ">", "\"");
        List<String> expectedHeadings = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            expectedHeadings.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        List<String> headings = parsed.headings().stream().map(h -> h.level() + " " + h.id() + " " + h.html()).toList();
        assertThat(headings).as("headings of:\n%s", text).isEqualTo(expectedHeadings);
    }
}
