package org.coffeechat.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        JsonText.string(out, s);
        return out.toString();
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(json("a \"b\" \\ c\nd\te\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\te\\u0001\"");
    }

    @Test
    void cannotEndAScriptOrBreakAJavaScriptLine() {
        assertThat(json("</script><b>&\u2028\u2029")).isEqualTo(
                "\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029\"");
    }

    @Test
    void keepsOtherTextAsItIs() {
        assertThat(json("Zoë 日本 🙂")).isEqualTo("\"Zoë 日本 🙂\"");
    }
}
