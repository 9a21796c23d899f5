package org.coffeechat.personalize;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Stage;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Student;

/** The words the plan uses for profile values; English, like the curated content. */
public final class Phrases {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private Phrases() {
    }

    /** "Tuesday 17 February", with the year when it is not the year of {@code today}. */
    public static String day(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? DAY.format(date) : DAY_YEAR.format(date);
    }

    /** "17 Feb 2026". */
    public static String shortDay(LocalDate date) {
        return SHORT.format(date);
    }

    /**
     * Where the student is, as words that follow "I am": "exploring careers in renewable energy".
     * The field is the contact's industry when it is one of the student's targets, else their first target.
     */
    public static String status(Student student, Contact contact) {
        String field = field(student, contact);
        return switch (student.status()) {
            case EXPLORING -> field.isEmpty() ? "exploring possible careers" : "exploring careers in " + field;
            case RESEARCHING -> field.isEmpty() ? "researching the industries that interest me"
                    : "researching the " + field + " field";
            case INTERNSHIP -> field.isEmpty() ? "looking for an internship" : "looking for an internship in " + field;
            case JOB_SEARCH -> field.isEmpty() ? "looking for my first role after graduating"
                    : "looking for my first role in " + field;
            case CAREER_CHANGE -> field.isEmpty() ? "changing careers" : "changing careers into " + field;
        };
    }

    /** The field the student is interested in, as seen from one contact. */
    static String field(Student student, Contact contact) {
        boolean target = student.targetIndustries().stream().anyMatch(i -> Matching.same(i, contact.industry()));
        if (target) {
            return contact.industry();
        }
        return student.targetIndustries().isEmpty() ? "" : student.targetIndustries().get(0);
    }

    /** What the student is curious about, for the shortest messages. */
    public static String interest(Student student, Contact contact) {
        if (!student.introduction().interests().isEmpty()) {
            return student.introduction().interests().get(0);
        }
        String field = field(student, contact);
        return field.isEmpty() ? contact.industry() : field;
    }

    /** How the student found a contact, as words that follow "I found you": "through the Lakeshore College alumni network". */
    public static String howFound(Student student, Contact contact) {
        if (contact.foundThrough().isPresent()) {
            return contact.foundThrough().get();
        }
        String referrer = contact.referredBy().orElse("a mutual contact");
        return switch (contact.howFound()) {
            case ALUMNI_NETWORK -> "through the " + student.school() + " alumni network";
            case REFERRAL -> "through " + referrer;
            case LINKEDIN -> "on LinkedIn";
            case PROFESSIONAL_ASSOCIATION -> "through a professional association in " + contact.industry();
            case PROFESSOR -> "through one of my professors";
            case SUPERVISOR -> "through my supervisor";
            case FAMILY_OR_FRIEND -> "through " + (contact.referredBy().isPresent() ? referrer : "a family friend");
            case EVENT -> "at a recent event";
            case OTHER -> "while reading about " + contact.industry();
        };
    }

    /** A meeting mode as a noun: "video call". */
    public static String mode(MeetingMode mode) {
        return switch (mode) {
            case IN_PERSON -> "meeting in person";
            case PHONE -> "phone call";
            case VIDEO -> "video call";
        };
    }

    /** The ways the student offers to meet, with an article: "a video call, a coffee near your office or a phone call". */
    public static String options(List<MeetingMode> modes, String meetingFormat) {
        if (meetingFormat.equals("contact-chooses") || modes.isEmpty()) {
            return "whatever format suits you best";
        }
        List<String> words = modes.stream().map(m -> switch (m) {
            case IN_PERSON -> "a coffee near your workplace";
            case PHONE -> "a phone call";
            case VIDEO -> "a video call";
        }).toList();
        return list(words, "or");
    }

    /** "a", "a and b", "a, b and c" (or with "or"). */
    public static String list(List<String> items, String conjunction) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    /** The label of a stage in a sentence: "students exploring careers". */
    public static String studentsWho(Stage stage) {
        return switch (stage) {
            case EXPLORING -> "students exploring careers";
            case RESEARCHING -> "students researching an industry";
            case INTERNSHIP -> "students looking for an internship";
            case JOB_SEARCH -> "students looking for a job";
            case CAREER_CHANGE -> "people changing careers";
        };
    }

    /** Words that mark a senior role, for whom a shorter request works better. */
    private static final Set<String> SENIOR = Set.of("senior", "director", "head", "chief", "vp", "vice", "president",
            "partner", "principal", "lead", "manager", "executive", "founder", "ceo", "cto", "cfo");

    /** Whether a role title reads as senior ("Director, Renewable Procurement"). */
    public static boolean senior(String role) {
        return Matching.words(role).stream().anyMatch(SENIOR::contains);
    }

    /** Text with accents removed, for matching only. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Capitalises the first letter. */
    public static String sentence(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A student's note as a sentence: stripped, capitalised, with a full stop unless it ends in one. */
    public static String fullSentence(String text) {
        String s = sentence(text.strip());
        return s.isEmpty() || s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    /** Joins sentences with single spaces, skipping empty ones. */
    static String sentences(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }
}
