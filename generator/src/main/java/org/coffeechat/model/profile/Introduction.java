package org.coffeechat.model.profile;

import java.util.List;
import java.util.Optional;

/**
 * What the student says about themselves: a sentence on their studies, their key involvements
 * (phrases that follow "I", such as "lead the campus energy-audit club") and their interests.
 */
public record Introduction(Optional<String> education, List<String> involvements, List<String> interests) {
    public Introduction {
        involvements = List.copyOf(involvements);
        interests = List.copyOf(interests);
    }
}
