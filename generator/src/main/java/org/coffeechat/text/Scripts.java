package org.coffeechat.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.Optional;

/** The language a short text (a name, an organisation) is most likely in, judged by its script. */
public final class Scripts {

    private Scripts() {
    }

    /**
     * The BCP 47 language of {@code text}'s dominant script ("ar" for Arabic letters, "he",
     * "th", "ja" for kana, "zh" for Han alone), or empty when that script is Latin, when the
     * text has no letters, or when ICU knows no likely language for it: the page's own
     * language then stands.
     */
    public static Optional<String> language(String text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        boolean kana = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN) {
                continue;
            }
            kana |= script == UScript.HIRAGANA || script == UScript.KATAKANA;
            counts[script]++;
        }
        int best = -1;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
                best = s;
            }
        }
        if (best < 0 || best == UScript.LATIN) {
            return Optional.empty();
        }
        // Japanese names are mostly kanji: any kana makes the Han in them Japanese.
        if (kana && best == UScript.HAN) {
            return Optional.of("ja");
        }
        String language = ULocale.addLikelySubtags(new ULocale("und_" + UScript.getShortName(best))).getLanguage();
        return language.isEmpty() || language.equals("und") ? Optional.empty() : Optional.of(language);
    }
}
