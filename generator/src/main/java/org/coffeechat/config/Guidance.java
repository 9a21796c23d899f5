package org.coffeechat.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffeechat.model.Sensitivity;

/**
 * Advice on which career-center guides disagree, chosen by each site. Content refers to these
 * by name: {@code {{followUpAfterDays}}} inserts a number, {@code {{policy:resume}}} the text
 * written for the chosen value.
 */
public record Guidance(int meetingMinutes, int arriveMinutesEarly, int followUpAfterDays, int thankYouWithinHours,
                       int checkInMonths, String resume, String researchFirst, String meetingFormat,
                       int linkedinNoteLimit, List<Sensitivity> sensitiveQuestions) {

    public Guidance {
        sensitiveQuestions = sensitiveQuestions.stream().distinct().sorted().toList();
    }

    /** The settings without a choice of sensitive topics: the built-in one ({@code workload}) applies. */
    public Guidance(int meetingMinutes, int arriveMinutesEarly, int followUpAfterDays, int thankYouWithinHours,
                    int checkInMonths, String resume, String researchFirst, String meetingFormat, int linkedinNoteLimit) {
        this(meetingMinutes, arriveMinutesEarly, followUpAfterDays, thankYouWithinHours, checkInMonths, resume,
                researchFirst, meetingFormat, linkedinNoteLimit, List.of(Sensitivity.WORKLOAD));
    }

    /** The choice settings and their allowed values, in the order the docs list them. */
    public static final Map<String, List<String>> CHOICES = Map.of(
            "resume", List.of("bring-if-asked", "offer-for-feedback"),
            "researchFirst", List.of("person", "organisation"),
            "meetingFormat", List.of("offer-options", "contact-chooses"));

    /** The numeric settings. */
    public static final List<String> NUMBERS = List.of("meetingMinutes", "arriveMinutesEarly", "followUpAfterDays",
            "thankYouWithinHours", "checkInMonths", "linkedinNoteLimit");

    /** The values a site config may give each numeric setting, smallest and largest included. */
    public static final Map<String, Bounds> BOUNDS = Map.of(
            "meetingMinutes", new Bounds(10, 120),
            "arriveMinutesEarly", new Bounds(0, 60),
            "followUpAfterDays", new Bounds(3, 60),
            "thankYouWithinHours", new Bounds(1, 168),
            "checkInMonths", new Bounds(1, 24),
            "linkedinNoteLimit", new Bounds(100, 2000));

    /** The allowed values of a numeric setting, {@code min} to {@code max} inclusive. */
    public record Bounds(int min, int max) {
        public boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

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
