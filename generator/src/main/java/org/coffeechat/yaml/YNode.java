package org.coffeechat.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.SourceText;

/** A YAML value with the place it was read from. */
public sealed interface YNode {

    SourceLocation location();

    /** A short name of the kind of value, for messages ("a list", "text"). */
    String kindName();

    /** A mapping; keys keep the order of the file and their own locations. */
    record YMap(Map<String, Entry> entries, SourceLocation location) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String kindName() {
            return "a mapping";
        }
    }

    /** One key of a mapping: where the key stands and its value. */
    record Entry(String key, SourceLocation keyLocation, YNode value) {
    }

    record YList(List<YNode> items, SourceLocation location) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        public String kindName() {
            return "a list";
        }
    }

    /**
     * A scalar. {@code text} is null for YAML null; {@code type} says how YAML 1.2 typed it;
     * {@code written} is the scalar as written in the file, to locate a part of its text.
     */
    record YScalar(String text, ScalarType type, SourceLocation location, SourceText written) implements YNode {
        public YScalar {
            java.util.Objects.requireNonNull(written, "written");
        }

        /** A scalar whose written form is unknown. */
        public YScalar(String text, ScalarType type, SourceLocation location) {
            this(text, type, location, SourceText.at(location));
        }

        public String kindName() {
            return switch (type) {
                case NULL -> "nothing";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a number";
                case BOOLEAN -> "true/false";
                case STRING -> "text";
            };
        }
    }

    /** The type YAML 1.2's core schema gives a scalar. */
    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
