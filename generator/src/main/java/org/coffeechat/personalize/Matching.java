package org.coffeechat.personalize;

import java.util.ArrayList;
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
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                String normal = Phrases.plain(text).toLowerCase(Locale.ROOT).replace("&", " and ")
                        .replaceAll("[^a-z0-9]+", " ").strip();
                return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
            }
        }
        return asciiWords(text);
    }

    /**
     * What {@link #words} gives for ASCII text, without the Unicode normalisation and the regular
     * expressions: a plan compares every question's tags with every contact, so this runs often.
     */
    private static List<String> asciiWords(String text) {
        List<String> out = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else {
                if (!word.isEmpty()) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                if (c == '&') {
                    out.add("and");
                }
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }

    /** Whether every word of {@code tag} is in {@code value}. */
    static boolean matches(String tag, String value) {
        return matches(tag, words(value));
    }

    /** Whether every word of {@code tag} is among {@code valueWords} (a value's {@link #words}). */
    static boolean matches(String tag, List<String> valueWords) {
        List<String> tagWords = words(tag);
        return !tagWords.isEmpty() && valueWords.containsAll(tagWords);
    }

    /** Whether two values name the same thing. */
    static boolean same(String a, String b) {
        return same(a, words(b));
    }

    /** Whether {@code a} names the same thing as the value whose {@link #words} are {@code bWords}. */
    static boolean same(String a, List<String> bWords) {
        return words(a).equals(bWords);
    }
}
