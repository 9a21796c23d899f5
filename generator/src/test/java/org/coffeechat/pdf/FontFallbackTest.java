package org.coffeechat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.IntPredicate;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FontFallbackTest {

    private static String apply(String body) {
        Document dom = new W3CDom().fromJsoup(Jsoup.parse("<html><head><title>王</title></head><body>" + body + "</body></html>"));
        List<IntPredicate> text = BuiltInFonts.faces().stream().filter(f -> f.family().equals(BuiltInFonts.TEXT))
                .map(f -> (IntPredicate) f.font()::charExists).toList();
        new FontFallback(text, BuiltInFonts.fallbackChain()).apply(dom);
        return W3CDom.asString(dom, java.util.Map.of()).replaceAll("(?s).*<body>|</body>.*", "");
    }

    @Test
    void setsCjkRunsInTheCjkFontAndLeavesTheRestAlone() {
        assertEquals("<p>Meet <span class=\"cc-font-fallback\" style=\"font-family: &quot;Noto Sans SC&quot;\">王小明</span>"
                + " and Дарья, Zoë, Łukasz.</p>", apply("<p>Meet 王小明 and Дарья, Zoë, Łukasz.</p>"));
    }

    @Test
    void keepsASpaceInsideARunOnlyBetweenFallbackCharacters() {
        assertEquals("<p><span class=\"cc-font-fallback\" style=\"font-family: &quot;Noto Sans SC&quot;\">王 小明</span> x</p>",
                apply("<p>王 小明 x</p>"));
    }

    @Test
    void usesTheTextFontForScriptsAThemeFontLacks() {
        // A theme whose only font has no Cyrillic: Дарья falls back to Noto Sans, 王 to Noto Sans SC.
        Document dom = new W3CDom().fromJsoup(Jsoup.parse("<p>Дарья 王</p>"));
        IntPredicate latinOnly = c -> c < 128;
        new FontFallback(List.of(latinOnly), BuiltInFonts.fallbackChain()).apply(dom);
        String html = W3CDom.asString(dom, java.util.Map.of());
        assertEquals(true, html.contains("font-family: &quot;Noto Sans&quot;\">Дарья</span>"), html);
        assertEquals(true, html.contains("font-family: &quot;Noto Sans SC&quot;\">王</span>"), html);
    }
}
