package org.coffeechat.model.profile;

import java.time.LocalDate;
import java.util.Optional;

/** The dates of a contact so far; each is empty until it happened (or, for the meeting, was agreed). */
public record ContactDates(Optional<LocalDate> requestSent, Optional<LocalDate> followedUp,
                           Optional<LocalDate> meeting, Optional<LocalDate> thankYouSent,
                           Optional<LocalDate> lastContact) {

    public static ContactDates none() {
        return new ContactDates(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
