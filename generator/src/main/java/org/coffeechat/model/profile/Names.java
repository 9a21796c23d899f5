package org.coffeechat.model.profile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Short forms of people's names: the first word, and a stable id usable in file names. */
public final class Names {

    /** Letters that Unicode does not decompose into a Latin letter and an accent. */
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ø', "o"), Map.entry('ß', "ss"), Map.entry('æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('þ', "th"), Map.entry('ð', "d"), Map.entry('ı', "i"), Map.entry('ħ', "h"),
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"),
            Map.entry('є', "ye"), Map.entry('ґ', "g"));

    private Names() {
    }

    /** The first word of a name ("Zoë" for "Zoë Ñúñez"); a name written without spaces is kept whole. */
    public static String firstWord(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /**
     * A lower-case id of letters, digits and dashes made from a name: accents dropped, Cyrillic
     * transliterated ("Łukasz Nowak" gives {@code lukasz-nowak}, "Дарья" gives {@code darya}).
     * A name with no Latin or Cyrillic letters (王小明) gives {@code contact-} and eight hex digits
     * of its hash, so the id is still stable when contacts are reordered.
     */
    public static String id(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String mapped = LATIN.get(c);
            if (mapped != null) {
                out.append(mapped);
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                out.append('-');
            }
        }
        String slug = out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "contact-" + hash(name).substring(0, 8) : slug;
    }

    /** Hex SHA-256 of a text: for stable identifiers that must not reveal the text. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
