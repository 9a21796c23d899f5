package org.coffeechat.model;

import java.util.Optional;

/** A length limit: a fixed number, or the name of a numeric guidance setting (such as {@code linkedinNoteLimit}). */
public record LengthLimit(Optional<Integer> fixed, Optional<String> setting) {
    public static LengthLimit of(int n) {
        return new LengthLimit(Optional.of(n), Optional.empty());
    }

    public static LengthLimit setting(String name) {
        return new LengthLimit(Optional.empty(), Optional.of(name));
    }
}
