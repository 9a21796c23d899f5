package org.coffeechat.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Advice on which career-center guides disagree, chosen by each site. Content refers to these
 * by name: {@code {{followUpAfterDays}}} inserts a number, {@code {{policy:resume}}} the text
 * written for the chosen value.
 */
public record Guidance(int meetingMinutes, int arriveMinutesEarly, int followUpAfterDays, int thankYouWithinHours,
                       int checkInMonths, String resume, String researchFirst, String meetingFormat,
                       int linkedinNoteLimit) {

    /** The choice settings and their allowed values, in the order the docs list them. */
    public static final Map<String, List<String>> CHOICES = Map.of(
            "resume", List.of("bring-if-asked", "offer-for-feedback"),
            "researchFirst", List.of("person", "organisation"),
            "meetingFormat", List.of("offer-options", "contact-chooses"));

    /** The numeric settings. */
    public static final List<String> NUMBERS = List.of("meetingMinutes", "arriveMinutesEarly", "followUpAfterDays",
            "thankYouWithinHours", "checkInMonths", "linkedinNoteLimit");

    public static Guidance defaults() {
        return new Guidance(30, 10, 14, 24, 3, "bring-if-asked", "person", "offer-options", 200);
    }

    /** Every setting by name, as text. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("meetingMinutes", Integer.toString(meetingMinutes));
        m.put("arriveMinutesEarly", Integer.toString(arriveMinutesEarly));
        m.put("followUpAfterDays", Integer.toString(followUpAfterDays));
        m.put("thankYouWithinHours", Integer.toString(thankYouWithinHours));
        m.put("checkInMonths", Integer.toString(checkInMonths));
        m.put("linkedinNoteLimit", Integer.toString(linkedinNoteLimit));
        m.put("resume", resume);
        m.put("researchFirst", researchFirst);
        m.put("meetingFormat", meetingFormat);
        return m;
    }

    /** A numeric setting by name. */
    public Optional<Integer> number(String name) {
        return NUMBERS.contains(name) ? Optional.of(Integer.parseInt(asMap().get(name))) : Optional.empty();
    }
}
