package org.coffeechat.yaml;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How enum constants are spelt in YAML: lower case with dashes ({@code IN_PERSON} is {@code in-person}). */
public final class YamlEnum {

    private YamlEnum() {
    }

    public static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlEnum::name).toList();
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> name(c).equals(text)).findFirst();
    }
}
