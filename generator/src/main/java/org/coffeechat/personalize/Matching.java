package org.coffeechat.personalize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a question's industry or role tag matches a contact: case, accents, punctuation and
 * "&amp;"/"and" do not matter, and a tag matches when all its words appear in the contact's
 * value ("public sector" matches "Public sector (municipal)", "engineer" matches "Grid
 * Integration Engineer").
 */
final class Matching {

    private Matching() {
    }

    static List<String> words(String text) {
        String normal = Phrases.plain(text).toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ")
                .strip();
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    /** Whether every word of {@code tag} is in {@code value}. */
    static boolean matches(String tag, String value) {
        List<String> tagWords = words(tag);
        return !tagWords.isEmpty() && words(value).containsAll(tagWords);
    }

    /** Whether two values name the same thing. */
    static boolean same(String a, String b) {
        return words(a).equals(words(b));
    }
}
