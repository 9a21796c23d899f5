package org.coffeechat.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.SourceText;
import org.coffeechat.diag.Suggestions;
import org.coffeechat.yaml.YNode.Entry;
import org.coffeechat.yaml.YNode.ScalarType;
import org.coffeechat.yaml.YNode.YList;
import org.coffeechat.yaml.YNode.YMap;
import org.coffeechat.yaml.YNode.YScalar;

/**
 * Reads the fields of one YAML mapping strictly. Creating it reports every key that is not
 * allowed (with a did-you-mean); each getter reports a missing or mistyped value and returns a
 * fallback so that loading goes on and every problem of the file is found in one run.
 */
public final class Fields {

    private final YMap map;
    private final Diagnostics problems;
    private final String what;

    private Fields(YMap map, String what, Collection<String> allowed, Map<String, String> belongUnder,
                   Diagnostics problems) {
        this.map = map;
        this.problems = problems;
        this.what = what;
        for (Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key()) && belongUnder.containsKey(entry.key())) {
                problems.error(entry.keyLocation(), "unknown key '" + entry.key() + "' in " + what + ": it belongs under '"
                        + belongUnder.get(entry.key()) + ":', so indent it below that line");
            } else if (!allowed.contains(entry.key())) {
                problems.error(entry.keyLocation(), "unknown key '" + entry.key() + "' in " + what
                        + Suggestions.didYouMean(entry.key(), allowed)
                        + (Suggestions.closest(entry.key(), allowed).isEmpty() ? " (allowed: " + String.join(", ", allowed) + ")" : ""));
            }
        }
    }

    /**
     * Strict fields of {@code node}, or empty (with a problem reported) when it is not a mapping.
     *
     * @param what what the mapping is, for messages ("a question")
     */
    public static Optional<Fields> of(YNode node, String what, Collection<String> allowed, Diagnostics problems) {
        return of(node, what, allowed, Map.of(), problems);
    }

    /**
     * Strict fields of {@code node}, where a key that is not allowed but is one of {@code belongUnder}'s keys
     * is reported as belonging under the key it maps to (a line that lost its indentation).
     */
    public static Optional<Fields> of(YNode node, String what, Collection<String> allowed, Map<String, String> belongUnder,
                                      Diagnostics problems) {
        if (node instanceof YMap m) {
            return Optional.of(new Fields(m, what, new ArrayList<>(allowed), belongUnder, problems));
        }
        if (node instanceof YScalar s && s.type() == ScalarType.STRING && s.text().isBlank()) {
            problems.error(node.location(), what + " is empty: write its keys below it, indented, or remove it");
        } else {
            problems.error(node.location(), what + " must be a mapping of keys to values, found " + node.kindName());
        }
        return Optional.empty();
    }

    public SourceLocation location() {
        return map.location();
    }

    /** Where the value of {@code key} stands, or the mapping's location when it is absent. */
    public SourceLocation locationOf(String key) {
        Entry e = map.entries().get(key);
        return e == null ? map.location() : e.value().location();
    }

    /**
     * The value of {@code key} as written in the file, to locate a part of its text; a value that is
     * absent or not a scalar is located at {@link #locationOf}.
     */
    public SourceText writtenOf(String key) {
        Entry e = map.entries().get(key);
        return e != null && e.value() instanceof YScalar s ? s.written() : SourceText.at(locationOf(key));
    }

    public boolean has(String key) {
        Entry e = map.entries().get(key);
        return e != null && !(e.value() instanceof YScalar s && s.type() == ScalarType.NULL);
    }

    public Optional<YNode> node(String key) {
        return has(key) ? Optional.of(map.entries().get(key).value()) : Optional.empty();
    }

    public String requiredString(String key) {
        return string(key, true).orElse("");
    }

    public Optional<String> optionalString(String key) {
        return string(key, false);
    }

    private Optional<String> string(String key, boolean required) {
        if (!has(key)) {
            missing(key, required);
            return Optional.empty();
        }
        YNode value = map.entries().get(key).value();
        if (value instanceof YScalar s && s.text() != null) {
            if (s.type() != ScalarType.STRING && s.type() != ScalarType.INTEGER && s.type() != ScalarType.DECIMAL) {
                problems.error(s.location(), "'" + key + "' must be text, found " + s.kindName() + " '" + s.text()
                        + "' (put it in quotes if you mean the words)");
                return Optional.empty();
            }
            if (s.text().isBlank() && required) {
                problems.error(s.location(), "'" + key + "' must not be empty");
                return Optional.empty();
            }
            return Optional.of(s.text());
        }
        problems.error(value.location(), "'" + key + "' must be text, found " + value.kindName());
        return Optional.empty();
    }

    public int requiredInt(String key, int min, int max) {
        return optionalInt(key, min, max, true).orElse(min);
    }

    public Optional<Integer> optionalInt(String key, int min, int max) {
        return optionalInt(key, min, max, false);
    }

    private Optional<Integer> optionalInt(String key, int min, int max, boolean required) {
        if (!has(key)) {
            missing(key, required);
            return Optional.empty();
        }
        YNode value = map.entries().get(key).value();
        if (value instanceof YScalar s && s.type() == ScalarType.INTEGER) {
            try {
                int n = Integer.parseInt(s.text().replace("_", ""));
                if (n < min || n > max) {
                    problems.error(s.location(), "'" + key + "' must be between " + min + " and " + max + ", found " + n);
                    return Optional.empty();
                }
                return Optional.of(n);
            } catch (NumberFormatException e) {
                problems.error(s.location(), "'" + key + "' is too large: " + s.text());
                return Optional.empty();
            }
        }
        String found = value instanceof YScalar s ? s.kindName() + " '" + s.text() + "'" : value.kindName();
        problems.error(value.location(), "'" + key + "' must be a whole number, found " + found);
        return Optional.empty();
    }

    public Optional<Boolean> optionalBoolean(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        YNode value = map.entries().get(key).value();
        if (value instanceof YScalar s && s.type() == ScalarType.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text()));
        }
        problems.error(value.location(), "'" + key + "' must be true or false, found " + value.kindName());
        return Optional.empty();
    }

    public <E extends Enum<E>> E requiredEnum(String key, Class<E> type, E fallback) {
        return optionalEnum(key, type, true).orElse(fallback);
    }

    public <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
        return optionalEnum(key, type, false);
    }

    private <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type, boolean required) {
        return string(key, required).flatMap(text -> enumValue(text, locationOf(key), key, type));
    }

    /** Parses one enum value, reporting an unknown one with the allowed values. */
    public <E extends Enum<E>> Optional<E> enumValue(String text, SourceLocation at, String key, Class<E> type) {
        Optional<E> parsed = YamlEnum.parse(type, text);
        if (parsed.isEmpty()) {
            List<String> names = YamlEnum.names(type);
            problems.error(at, "unknown " + key + " '" + text + "'" + Suggestions.didYouMean(text, names)
                    + " (one of: " + String.join(", ", names) + ")");
        }
        return parsed;
    }

    /** A list of text values; a single text value is taken as a list of one. */
    public List<String> stringList(String key) {
        return located(key, s -> s).stream().map(Located::value).toList();
    }

    /** A list of enum values, each checked. */
    public <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        for (Located<String> item : located(key, s -> s)) {
            enumValue(item.value(), item.location(), key.endsWith("s") ? key.substring(0, key.length() - 1) : key, type)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** A text value with where it stands. */
    public record Located<T>(T value, SourceLocation location) {
    }

    private <T> List<Located<T>> located(String key, Function<String, T> convert) {
        if (!has(key)) {
            return List.of();
        }
        YNode value = map.entries().get(key).value();
        List<YNode> items = value instanceof YList l ? l.items() : List.of(value);
        List<Located<T>> out = new ArrayList<>();
        for (YNode item : items) {
            if (item instanceof YScalar s && s.text() != null && s.type() != ScalarType.BOOLEAN) {
                out.add(new Located<>(convert.apply(s.text()), s.location()));
            } else {
                problems.error(item.location(), "'" + key + "' must be a list of text values, found " + item.kindName());
            }
        }
        return out;
    }

    /** The items of a list value (empty and reported when it is not a list). */
    public List<YNode> list(String key, boolean required) {
        if (!has(key)) {
            missing(key, required);
            return List.of();
        }
        YNode value = map.entries().get(key).value();
        if (value instanceof YList l) {
            return l.items();
        }
        problems.error(value.location(), "'" + key + "' must be a list, found " + value.kindName());
        return List.of();
    }

    /** The strict fields of a nested mapping. */
    public Optional<Fields> nested(String key, String nestedWhat, Collection<String> allowed) {
        return node(key).flatMap(n -> Fields.of(n, nestedWhat, allowed, problems));
    }

    public Collection<Entry> entries() {
        return map.entries().values();
    }

    private void missing(String key, boolean required) {
        if (!required) {
            return;
        }
        Entry written = map.entries().get(key);
        if (written != null) {
            problems.error(written.value().location(), "'" + key + "' is empty: it needs a value");
        } else {
            problems.error(map.location(), what + " is missing the required key '" + key + "'");
        }
    }
}
