package org.coffeechat.model.profile;

import java.time.LocalTime;
import java.util.Optional;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.model.Channel;
import org.coffeechat.model.MeetingMode;

/**
 * A person the student wants to talk to, and how far the conversation has gone.
 *
 * @param id           a stable id of letters, digits and dashes (from the profile, or made from the name)
 * @param firstName    how to address them in a short message (default: the first word of the name)
 * @param foundThrough how the student found them, in words that follow "I found you ..." (overrides the default
 *                     phrase for {@code howFound})
 * @param referredBy   who referred the student to them, or who can introduce them
 * @param channel      how the student reaches them first
 */
public record Contact(String id, String name, Optional<String> firstName, String organisation, String role,
                      String industry, HowFound howFound, Optional<String> foundThrough, Optional<String> referredBy,
                      Channel channel, Optional<String> email, Optional<String> linkedin, Optional<String> phone,
                      Optional<String> address, Optional<MeetingMode> meetingMode, Optional<String> meetingPlace,
                      Optional<LocalTime> meetingTime, ContactStatus status, Priority priority, ContactDates dates,
                      Optional<String> notes, QuestionChoices questions, AfterMeeting after, SourceLocation source) {

    /** How to address them in a short message. */
    public String greetingName() {
        return firstName.orElseGet(() -> Names.firstWord(name));
    }
}
