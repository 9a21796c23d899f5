package org.coffeechat.personalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coffeechat.config.Guidance;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.model.profile.LinkedInAccount;
import org.coffeechat.model.profile.SettingsOverrides;

/**
 * The settings one student's plan follows: the career center's guidance, with what the student
 * changed in their profile.
 *
 * @param sensitiveQuestions the sensitive topics whose questions may be suggested
 * @param linkedinNoteLimit  characters allowed in a LinkedIn connection note (more with a premium account)
 * @param fromProfile        the names of the settings the profile changed
 */
public record PersonalSettings(int followUpAfterDays, int thankYouWithinHours, int checkInMonths, int meetingMinutes,
                               int arriveMinutesEarly, String resume, String researchFirst, String meetingFormat,
                               List<Sensitivity> sensitiveQuestions, int linkedinNoteLimit, Set<String> fromProfile) {

    /** What LinkedIn allows in a connection note from a premium account. */
    public static final int PREMIUM_NOTE_LIMIT = 300;

    public PersonalSettings {
        sensitiveQuestions = sensitiveQuestions.stream().distinct().sorted().toList();
        fromProfile = Set.copyOf(new TreeSet<>(fromProfile));
    }

    /** The center's guidance with the student's changes applied. */
    public static PersonalSettings resolve(Guidance center, SettingsOverrides mine, LinkedInAccount account) {
        List<String> changed = new ArrayList<>();
        mine.followUpAfterDays().ifPresent(v -> changed.add("followUpAfterDays"));
        mine.thankYouWithinHours().ifPresent(v -> changed.add("thankYouWithinHours"));
        mine.checkInMonths().ifPresent(v -> changed.add("checkInMonths"));
        mine.meetingMinutes().ifPresent(v -> changed.add("meetingMinutes"));
        mine.resume().ifPresent(v -> changed.add("resume"));
        mine.researchFirst().ifPresent(v -> changed.add("researchFirst"));
        mine.sensitiveQuestions().ifPresent(v -> changed.add("sensitiveQuestions"));
        int noteLimit = account == LinkedInAccount.PREMIUM ? Math.max(center.linkedinNoteLimit(), PREMIUM_NOTE_LIMIT)
                : center.linkedinNoteLimit();
        return new PersonalSettings(
                mine.followUpAfterDays().orElse(center.followUpAfterDays()),
                mine.thankYouWithinHours().orElse(center.thankYouWithinHours()),
                mine.checkInMonths().orElse(center.checkInMonths()),
                mine.meetingMinutes().orElse(center.meetingMinutes()),
                center.arriveMinutesEarly(),
                mine.resume().orElse(center.resume()),
                mine.researchFirst().orElse(center.researchFirst()),
                center.meetingFormat(),
                mine.sensitiveQuestions().orElse(center.sensitiveQuestions()),
                noteLimit, Set.copyOf(changed));
    }

    /** These settings as guidance, the form content reads settings in (the numbers and rules it quotes). */
    public Guidance asGuidance() {
        return new Guidance(meetingMinutes, arriveMinutesEarly, followUpAfterDays, thankYouWithinHours, checkInMonths,
                resume, researchFirst, meetingFormat, linkedinNoteLimit, sensitiveQuestions);
    }

    /**
     * Whether questions on {@code topic} may be suggested. Resume questions are also allowed when
     * the resume policy is to offer the resume for feedback.
     */
    public boolean allows(Sensitivity topic) {
        return sensitiveQuestions.contains(topic) || (topic == Sensitivity.RESUME && resume.equals("offer-for-feedback"));
    }

    /** A numeric setting by the name content uses for it ({@code linkedinNoteLimit}), if there is one. */
    public java.util.Optional<Integer> number(String name) {
        return java.util.Optional.ofNullable(switch (name) {
            case "followUpAfterDays" -> followUpAfterDays;
            case "thankYouWithinHours" -> thankYouWithinHours;
            case "checkInMonths" -> checkInMonths;
            case "meetingMinutes" -> meetingMinutes;
            case "arriveMinutesEarly" -> arriveMinutesEarly;
            case "linkedinNoteLimit" -> linkedinNoteLimit;
            default -> null;
        });
    }

    /** The thank-you deadline in whole days after the meeting (at least 1: "within 24 hours" is "by the next day"). */
    public int thankYouDays() {
        return Math.max(1, (thankYouWithinHours + 23) / 24);
    }
}
