package org.coffeechat.model.profile;

import java.util.List;
import org.coffeechat.diag.SourceLocation;

/** Questions of the bank, by id, that the student always wants ({@code pin}) or never wants ({@code drop}). */
public record QuestionChoices(List<QuestionRef> pin, List<QuestionRef> drop) {
    public QuestionChoices {
        pin = List.copyOf(pin);
        drop = List.copyOf(drop);
    }

    /** A question id as written in the profile. */
    public record QuestionRef(String id, SourceLocation location) {
    }

    public static QuestionChoices none() {
        return new QuestionChoices(List.of(), List.of());
    }

    public boolean pins(String id) {
        return pin.stream().anyMatch(r -> r.id().equals(id));
    }

    public boolean drops(String id) {
        return drop.stream().anyMatch(r -> r.id().equals(id));
    }
}
