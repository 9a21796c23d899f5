package org.coffeechat.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.SourceText;

/**
 * A question a student can ask. {@code text} may hold the placeholders {@code {company}},
 * {@code {industry}} and {@code {role}}; an empty {@code stages}, {@code industries} or
 * {@code roles} means "any". {@code textSource} is the text as written, to locate a placeholder.
 */
public record Question(String id, String text, String category, Objective objective, String why, int priority,
                       Set<Stage> stages, List<String> industries, List<String> roles,
                       Optional<Sensitivity> sensitive, Optional<String> prep, Optional<Tiara> tiara,
                       SourceLocation source, SourceText textSource) {

    /** The placeholders a question may use. */
    public static final List<String> PLACEHOLDERS = List.of("company", "industry", "role");

    public Question {
        stages = Set.copyOf(stages);
        industries = List.copyOf(industries);
        roles = List.copyOf(roles);
        Objects.requireNonNull(textSource, "textSource");
    }

    /** A question whose text is located only by the question itself (built in code, not read from a file). */
    public Question(String id, String text, String category, Objective objective, String why, int priority,
                    Set<Stage> stages, List<String> industries, List<String> roles,
                    Optional<Sensitivity> sensitive, Optional<String> prep, Optional<Tiara> tiara,
                    SourceLocation source) {
        this(id, text, category, objective, why, priority, stages, industries, roles, sensitive, prep, tiara, source,
                SourceText.at(source));
    }
}
