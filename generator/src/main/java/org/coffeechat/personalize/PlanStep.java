package org.coffeechat.personalize;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One dated step of the plan for a contact.
 *
 * @param sequence 1 for the first occurrence of its kind, 2 for the next (check-ins repeat)
 * @param detail   what to do, in a sentence
 */
public record PlanStep(StepKind kind, int sequence, Optional<LocalDate> date, Optional<LocalTime> time,
                       StepState state, String detail) {

    public String title() {
        return kind.title();
    }
}
