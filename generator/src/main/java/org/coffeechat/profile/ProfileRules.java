package org.coffeechat.profile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The keys and value formats of a profile file, in one place. The JSON Schema
 * ({@code profile.schema.json}) states the same rules; a test keeps the two in step.
 */
public final class ProfileRules {

    public static final List<String> TOP = List.of("student", "settings", "questions", "contacts");
    public static final List<String> STUDENT = List.of("name", "preferredName", "pronouns", "email", "phone", "linkedin",
            "linkedinAccount", "school", "programme", "degree", "graduationYear", "status", "introduction",
            "targetIndustries", "targetRoles", "meetingModes", "timeZone");
    public static final List<String> STUDENT_REQUIRED = List.of("name", "email", "school", "programme", "degree",
            "graduationYear", "status");
    public static final List<String> INTRODUCTION = List.of("education", "involvements", "interests");
    public static final List<String> SETTINGS = List.of("followUpAfterDays", "thankYouWithinHours", "checkInMonths",
            "meetingMinutes", "resume", "researchFirst", "sensitiveQuestions");
    public static final List<String> QUESTIONS = List.of("pin", "drop");
    public static final List<String> CONTACT = List.of("id", "name", "firstName", "organisation", "role", "industry",
            "howFound", "foundThrough", "referredBy", "channel", "email", "linkedin", "phone", "address", "meetingMode",
            "meetingPlace", "meetingTime", "status", "priority", "dates", "notes", "questions", "after");
    public static final List<String> CONTACT_REQUIRED = List.of("name", "organisation", "role", "industry", "howFound",
            "channel", "status");
    public static final List<String> DATES = List.of("requestSent", "followedUp", "meeting", "thankYouSent",
            "lastContact");
    public static final List<String> AFTER = List.of("learned", "referrals", "nextSteps", "update");
    public static final List<String> REFERRAL = List.of("name", "mayUseName", "note");

    /** An email address: one {@code @}, no spaces, a domain with at least one dot and no empty part. */
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    /** A web address. */
    public static final Pattern URL = Pattern.compile("^https?://[^\\s/]+\\.[^\\s/]+(/\\S*)?$");
    /** A phone number: digits, spaces, {@code + ( ) . -}, and an optional extension. */
    public static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ().-]{4,}[0-9]( ?(ext\\.?|x) ?[0-9]{1,6})?$");
    /** A date as written: YYYY-MM-DD (whether it exists is checked separately). */
    public static final Pattern DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    /** A time on a 24-hour clock. */
    public static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-3]):[0-5][0-9]$");
    /** An id of letters, digits and dashes. */
    public static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

    /** The numeric settings a profile may change, with the bounds the site config also uses. */
    public static final java.util.Map<String, int[]> SETTING_BOUNDS = java.util.Map.of(
            "followUpAfterDays", new int[] {3, 60}, "thankYouWithinHours", new int[] {1, 168},
            "checkInMonths", new int[] {1, 24}, "meetingMinutes", new int[] {10, 120});

    public static final int MIN_YEAR = 1950;
    public static final int MAX_YEAR = 2100;

    private ProfileRules() {
    }
}
