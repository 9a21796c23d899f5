package org.coffeechat.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reading the source guides and comparing text with them, with case and punctuation normalised away. */
final class SeedText {

    /** A question sentence of a guide ({@code ...?}), or a question put as an order ({@code Describe ...}). */
    private static final Pattern QUESTION = Pattern.compile("[^.?!\u2022|:]*\\?|Describe [^.?!]*\\.");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SeedText() {
    }

    /** The guide files of a seeds folder, sorted by name. */
    static List<Path> guides(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lower case, apostrophes dropped ({@code you've} becomes {@code youve}), every other run of
     * punctuation or space turned into a single space.
     */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("['\u2019\u2018`]", "");
        return NOT_A_WORD.matcher(lower).replaceAll(" ").strip();
    }

    /** The normalised words of {@code text}. */
    static List<String> words(String text) {
        String n = normalise(text);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /** Every question sentence of a guide, normalised, in order. */
    static List<String> questions(String guide) {
        List<String> out = new ArrayList<>();
        for (String line : guide.split("\\R")) {
            Matcher m = QUESTION.matcher(line);
            while (m.find()) {
                String q = normalise(m.group());
                if (!q.isEmpty()) {
                    out.add(q);
                }
            }
        }
        return out;
    }
}
