package org.coffeechat.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.Suggestions;
import org.coffeechat.diag.TextFiles;
import org.coffeechat.model.Channel;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.model.Stage;
import org.coffeechat.model.profile.AfterMeeting;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.ContactDates;
import org.coffeechat.model.profile.ContactStatus;
import org.coffeechat.model.profile.HowFound;
import org.coffeechat.model.profile.Introduction;
import org.coffeechat.model.profile.LinkedInAccount;
import org.coffeechat.model.profile.Names;
import org.coffeechat.model.profile.Priority;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.model.profile.QuestionChoices;
import org.coffeechat.model.profile.QuestionChoices.QuestionRef;
import org.coffeechat.model.profile.Referral;
import org.coffeechat.model.profile.SettingsOverrides;
import org.coffeechat.model.profile.Student;
import org.coffeechat.model.profile.WrittenText;
import org.coffeechat.yaml.Fields;
import org.coffeechat.yaml.YNode;
import org.coffeechat.yaml.YamlEnum;
import org.coffeechat.yaml.YamlReader;

/**
 * Reads a profile file strictly: unknown keys (with a did-you-mean), missing or mistyped
 * values, dates, emails, web addresses and time zones, what each contact's channel needs, and
 * dates that contradict the status. Then checks the file against the JSON Schema too, so the
 * published schema and the loader can never silently disagree. Every problem goes to the given
 * {@link Diagnostics}; the result is empty only when the file could not be read as YAML at all.
 */
public final class ProfileLoader {

    private final Diagnostics problems;
    private boolean timeZoneGiven;

    private ProfileLoader(Diagnostics problems) {
        this.problems = problems;
    }

    /** Reads the profile at {@code file}, naming it {@code display} in messages. */
    public static Optional<Profile> load(Path file, String display, Diagnostics problems) {
        if (!Files.exists(file)) {
            problems.error(SourceLocation.file(display), "there is no profile at this path (run 'coffeechat new-profile' "
                    + "to write one)");
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            problems.error(SourceLocation.file(display), "this is a folder, not a profile: name the profile's .yaml file");
            return Optional.empty();
        }
        return TextFiles.read(file, display, problems).flatMap(text -> parse(display, text, problems));
    }

    /** Reads a profile from its text. */
    public static Optional<Profile> parse(String display, String text, Diagnostics problems) {
        Optional<YNode> root = YamlReader.read(display, text, 1, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics own = new Diagnostics();
        Optional<Profile> profile = new ProfileLoader(own).profile(root.get(), display);
        List<ProfileSchema.Finding> schema = ProfileSchema.get().check(root.get());
        problems.addAll(own);
        ProfileSchema.unmatched(schema, own).forEach(d -> problems.error(d.location(), d.message()));
        return profile;
    }

    private Optional<Profile> profile(YNode root, String display) {
        if (root instanceof YNode.YScalar s && s.type() == YNode.ScalarType.NULL) {
            problems.error(SourceLocation.file(display), "the profile is empty (run 'coffeechat new-profile' for a "
                    + "commented starter file)");
            return Optional.empty();
        }
        Optional<Fields> top = Fields.of(root, "the profile", ProfileRules.TOP, problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        if (!f.has("student")) {
            problems.error(f.location(), "the profile is missing the required key 'student'");
        }
        if (!f.has("contacts")) {
            problems.error(f.location(), "the profile is missing the required key 'contacts' (the people you want "
                    + "to talk to)");
        }
        Optional<Student> student = f.nested("student", "'student'", ProfileRules.STUDENT).map(this::student);
        SettingsOverrides settings = f.nested("settings", "'settings'", ProfileRules.SETTINGS).map(this::settings)
                .orElse(SettingsOverrides.none());
        QuestionChoices questions = f.nested("questions", "'questions'", ProfileRules.QUESTIONS).map(this::choices)
                .orElse(QuestionChoices.none());
        List<Contact> contacts = new ArrayList<>();
        List<YNode> items = f.list("contacts", false);
        if (f.has("contacts") && items.isEmpty() && f.node("contacts").orElseThrow() instanceof YNode.YList) {
            problems.error(f.locationOf("contacts"), "'contacts' is empty: add at least one person you want to talk to");
        }
        for (YNode item : items) {
            Fields.of(item, "a contact", ProfileRules.CONTACT, problems).map(this::contact).ifPresent(contacts::add);
        }
        uniqueIds(contacts);
        student.ifPresent(s -> {
            if (!timeZoneGiven && contacts.stream().anyMatch(c -> c.meetingTime().isPresent())) {
                problems.warning(s.source(), "meeting times are read as UTC because 'student' has no 'timeZone' "
                        + "(add one such as America/Toronto so the calendar shows the right hour)");
            }
        });
        List<WrittenText> written = new ArrayList<>();
        collectText(root, written);
        return student.map(s -> new Profile(s, contacts, settings, questions, f.location(), written));
    }

    /** Every string value under {@code node}, in file order. */
    private static void collectText(YNode node, List<WrittenText> out) {
        if (node instanceof YNode.YMap m) {
            m.entries().values().forEach(e -> collectText(e.value(), out));
        } else if (node instanceof YNode.YList l) {
            l.items().forEach(item -> collectText(item, out));
        } else if (node instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING && !s.text().isEmpty()) {
            out.add(new WrittenText(s.text(), s.written()));
        }
    }

    // ---- the student ---------------------------------------------------------------------

    private Student student(Fields f) {
        String name = f.requiredString("name");
        String email = email(f, "email", true).orElse("");
        Optional<String> phone = phone(f);
        Optional<String> linkedin = url(f, "linkedin");
        LinkedInAccount account = f.optionalEnum("linkedinAccount", LinkedInAccount.class).orElse(LinkedInAccount.BASIC);
        String school = f.requiredString("school");
        String programme = f.requiredString("programme");
        String degree = f.requiredString("degree");
        int year = f.requiredInt("graduationYear", ProfileRules.MIN_YEAR, ProfileRules.MAX_YEAR);
        Stage status = f.requiredEnum("status", Stage.class, Stage.EXPLORING);
        Introduction intro = f.nested("introduction", "'introduction'", ProfileRules.INTRODUCTION)
                .map(i -> new Introduction(text(i, "education"), i.stringList("involvements"), i.stringList("interests")))
                .orElse(new Introduction(Optional.empty(), List.of(), List.of()));
        List<MeetingMode> modes = f.has("meetingModes") ? enumList(f, "meetingModes", "meeting mode", MeetingMode.class)
                : List.of(MeetingMode.VIDEO, MeetingMode.PHONE, MeetingMode.IN_PERSON);
        if (f.has("meetingModes") && modes.isEmpty() && f.node("meetingModes").orElseThrow() instanceof YNode.YList l
                && l.items().isEmpty()) {
            problems.error(f.locationOf("meetingModes"), "'meetingModes' is empty: list at least one of "
                    + String.join(", ", YamlEnum.names(MeetingMode.class)));
        }
        timeZoneGiven = f.has("timeZone");
        ZoneId zone = f.optionalString("timeZone").flatMap(z -> zone(z, f.locationOf("timeZone"))).orElse(ZoneOffset.UTC);
        return new Student(name, text(f, "preferredName"), text(f, "pronouns"), email, phone, linkedin, account, school,
                programme, degree, year, status, intro, f.stringList("targetIndustries"), f.stringList("targetRoles"),
                modes, zone, f.location());
    }

    private Optional<ZoneId> zone(String text, SourceLocation at) {
        if (text.equals("UTC")) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (ZoneId.getAvailableZoneIds().contains(text)) {
            return Optional.of(ZoneId.of(text));
        }
        problems.error(at, "unknown time zone '" + text + "'" + Suggestions.didYouMean(text, ZoneId.getAvailableZoneIds())
                + " (write a region and city such as America/Toronto, Europe/Warsaw or Asia/Shanghai, or UTC)");
        return Optional.empty();
    }

    // ---- settings and question choices ---------------------------------------------------

    private SettingsOverrides settings(Fields f) {
        Map<String, Optional<Integer>> numbers = new HashMap<>();
        ProfileRules.SETTING_BOUNDS.forEach((key, bounds) -> numbers.put(key, f.optionalInt(key, bounds[0], bounds[1])));
        Optional<List<Sensitivity>> sensitive = f.has("sensitiveQuestions")
                ? Optional.of(enumList(f, "sensitiveQuestions", "sensitive topic", Sensitivity.class)) : Optional.empty();
        return new SettingsOverrides(numbers.get("followUpAfterDays"), numbers.get("thankYouWithinHours"),
                numbers.get("checkInMonths"), numbers.get("meetingMinutes"), choice(f, "resume"),
                choice(f, "researchFirst"), sensitive);
    }

    private Optional<String> choice(Fields f, String key) {
        Optional<String> value = f.optionalString(key);
        List<String> allowed = Guidance.CHOICES.get(key);
        if (value.isPresent() && !allowed.contains(value.get())) {
            problems.error(f.locationOf(key), "unknown " + key + " '" + value.get() + "'"
                    + Suggestions.didYouMean(value.get(), allowed) + " (one of: " + String.join(", ", allowed) + ")");
            return Optional.empty();
        }
        return value;
    }

    private QuestionChoices choices(Fields f) {
        List<QuestionRef> pin = refs(f, "pin");
        List<QuestionRef> drop = refs(f, "drop");
        for (QuestionRef p : pin) {
            drop.stream().filter(d -> d.id().equals(p.id())).findFirst().ifPresent(d -> problems.error(d.location(),
                    "question '" + p.id() + "' is both pinned (line " + p.location().line() + ") and dropped; keep one"));
        }
        return new QuestionChoices(pin, drop);
    }

    private List<QuestionRef> refs(Fields f, String key) {
        List<QuestionRef> out = new ArrayList<>();
        YNode node = f.node(key).orElse(null);
        if (node == null) {
            return out;
        }
        List<YNode> items = node instanceof YNode.YList l ? l.items() : List.of(node);
        for (YNode item : items) {
            if (item instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING && s.text() != null) {
                if (!ProfileRules.ID.matcher(s.text()).matches()) {
                    problems.error(s.location(), "'" + s.text() + "' is not a question id: ids use lower-case letters, "
                            + "digits and dashes, as on the question bank page");
                } else {
                    out.add(new QuestionRef(s.text(), s.location()));
                }
            } else {
                problems.error(item.location(), "'" + key + "' must be a list of question ids, found " + item.kindName());
            }
        }
        return out;
    }

    // ---- contacts ------------------------------------------------------------------------

    private Contact contact(Fields f) {
        String name = f.requiredString("name");
        String id = f.optionalString("id").map(i -> {
            if (!ProfileRules.ID.matcher(i).matches()) {
                problems.error(f.locationOf("id"), "an id uses lower-case letters, digits and dashes, found '" + i + "'");
            }
            return i;
        }).orElseGet(() -> Names.id(name.isEmpty() ? "contact" : name));
        String shown = name.isEmpty() ? "a contact" : "contact '" + name + "'";
        String organisation = f.requiredString("organisation");
        String role = f.requiredString("role");
        String industry = f.requiredString("industry");
        HowFound howFound = f.requiredEnum("howFound", HowFound.class, HowFound.OTHER);
        Channel channel = f.requiredEnum("channel", Channel.class, Channel.EMAIL);
        Optional<String> referredBy = text(f, "referredBy");
        Optional<String> email = email(f, "email", false);
        Optional<String> linkedin = url(f, "linkedin");
        Optional<String> phone = phone(f);
        Optional<String> address = text(f, "address");
        Optional<ContactStatus> givenStatus = f.has("status") ? f.optionalEnum("status", ContactStatus.class) : Optional.empty();
        if (!f.has("status")) {
            f.requiredString("status");
        }
        ContactStatus status = givenStatus.orElse(ContactStatus.IDENTIFIED);
        Priority priority = f.optionalEnum("priority", Priority.class).orElse(Priority.MEDIUM);
        Optional<Fields> dateFields = f.nested("dates", "'dates'", ProfileRules.DATES);
        ContactDates dates = dateFields.map(this::dates).orElse(ContactDates.none());
        Optional<LocalTime> time = f.optionalString("meetingTime").flatMap(t -> time(t, f.locationOf("meetingTime")));
        AfterMeeting after = f.nested("after", "'after'", ProfileRules.AFTER).map(this::after).orElse(AfterMeeting.none());
        QuestionChoices questions = f.nested("questions", "'questions'", ProfileRules.QUESTIONS).map(this::choices)
                .orElse(QuestionChoices.none());

        if (f.has("channel") && f.has("name")) {
            channelNeeds(f, shown, channel, email, linkedin, phone, address, referredBy);
        }
        if (howFound == HowFound.REFERRAL && referredBy.isEmpty() && f.has("howFound")) {
            problems.error(f.locationOf("howFound"), shown + " was found through a referral but has no 'referredBy': "
                    + "add the name of the person who referred you");
        }
        Set<String> datesGiven = dateFields.map(df -> ProfileRules.DATES.stream().filter(df::has)
                .collect(Collectors.toSet())).orElse(Set.of());
        givenStatus.ifPresent(s -> statusNeeds(f, shown, s, datesGiven));
        dateFields.ifPresent(df -> datesInOrder(df, dates));
        return new Contact(id, name, text(f, "firstName"), organisation, role, industry, howFound, text(f, "foundThrough"),
                referredBy, channel, email, linkedin, phone, address, f.optionalEnum("meetingMode", MeetingMode.class),
                text(f, "meetingPlace"), time, status, priority, dates, text(f, "notes"), questions, after, f.location());
    }

    private void channelNeeds(Fields f, String shown, Channel channel, Optional<String> email, Optional<String> linkedin,
                              Optional<String> phone, Optional<String> address, Optional<String> referredBy) {
        String needed = switch (channel) {
            case EMAIL -> f.has("email") ? null : "email";
            case LINKEDIN_NOTE, LINKEDIN_MESSAGE -> f.has("linkedin") ? null : "linkedin";
            case PHONE -> f.has("phone") ? null : "phone";
            case LETTER -> f.has("address") ? null : "address";
            case INTRODUCTION -> f.has("referredBy") ? null : "referredBy";
        };
        if (needed != null) {
            String what = switch (needed) {
                case "email" -> "their email address";
                case "linkedin" -> "the address of their LinkedIn profile";
                case "phone" -> "their phone number";
                case "address" -> "their postal address";
                default -> "the name of the person who can introduce you";
            };
            problems.error(f.locationOf("channel"), shown + " is reached by " + YamlEnum.name(channel) + " but has no '"
                    + needed + "': add " + what + ", or choose another channel");
        }
    }

    private void statusNeeds(Fields f, String shown, ContactStatus status, Set<String> dates) {
        String statusName = YamlEnum.name(status);
        if (status.atLeast(ContactStatus.REQUESTED) && status.ordinal() <= ContactStatus.FOLLOWED_UP.ordinal()
                && !dates.contains("requestSent")) {
            problems.error(f.locationOf("status"), shown + " has status '" + statusName + "' but no 'dates: requestSent:'; "
                    + "add the day you sent the request, so the plan knows when to follow up");
        }
        if (status.atLeast(ContactStatus.SCHEDULED) && status != ContactStatus.CLOSED && !dates.contains("meeting")) {
            problems.error(f.locationOf("status"), shown + " has status '" + statusName + "' but no 'dates: meeting:'; "
                    + "add the day of the meeting");
        }
        if (!status.atLeast(ContactStatus.MET) && dates.contains("thankYouSent")) {
            problems.error(f.locationOf("status"), shown + " has a thank-you date but status '" + statusName
                    + "'; did you mean status 'thanked'?");
        }
    }

    private void datesInOrder(Fields df, ContactDates d) {
        before(df, "requestSent", d.requestSent(), "followedUp", d.followedUp());
        before(df, "requestSent", d.requestSent(), "meeting", d.meeting());
        before(df, "meeting", d.meeting(), "thankYouSent", d.thankYouSent());
        before(df, "requestSent", d.requestSent(), "lastContact", d.lastContact());
    }

    private void before(Fields f, String firstKey, Optional<LocalDate> first, String laterKey, Optional<LocalDate> later) {
        if (first.isPresent() && later.isPresent() && later.get().isBefore(first.get())) {
            problems.error(f.locationOf(laterKey), "'" + laterKey + "' (" + later.get() + ") is before '" + firstKey
                    + "' (" + first.get() + "); check both dates");
        }
    }

    private ContactDates dates(Fields f) {
        return new ContactDates(date(f, "requestSent"), date(f, "followedUp"), date(f, "meeting"),
                date(f, "thankYouSent"), date(f, "lastContact"));
    }

    private AfterMeeting after(Fields f) {
        List<Referral> referrals = new ArrayList<>();
        for (YNode item : f.list("referrals", false)) {
            Fields.of(item, "a referral", ProfileRules.REFERRAL, problems).ifPresent(r -> referrals.add(new Referral(
                    r.requiredString("name"), flag(r, "mayUseName"), text(r, "note"),
                    r.location())));
        }
        return new AfterMeeting(text(f, "learned"), referrals, f.stringList("nextSteps"), text(f, "update"));
    }

    /** A list of enum values (or a single one), each checked and named {@code label} in messages. */
    private <E extends Enum<E>> List<E> enumList(Fields f, String key, String label, Class<E> type) {
        YNode node = f.node(key).orElseThrow();
        List<YNode> items = node instanceof YNode.YList l ? l.items() : List.of(node);
        List<E> out = new ArrayList<>();
        for (YNode item : items) {
            if (item instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING) {
                f.enumValue(s.text(), s.location(), label, type).filter(e -> !out.contains(e)).ifPresent(out::add);
            } else {
                problems.error(item.location(), "'" + key + "' must be a list of " + label + "s, found " + item.kindName());
            }
        }
        return List.copyOf(out);
    }

    /** A true/false value; {@code yes} and {@code no} are text in YAML 1.2, so say what to write instead. */
    private boolean flag(Fields f, String key) {
        Optional<YNode> node = f.node(key);
        if (node.isPresent() && node.get() instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING
                && s.text().matches("(?i)yes|no|y|n|on|off")) {
            boolean meant = s.text().matches("(?i)yes|y|on");
            problems.error(s.location(), "'" + key + "' must be true or false; '" + s.text() + "' is text in YAML 1.2, "
                    + "so write " + meant);
            return false;
        }
        return f.optionalBoolean(key).orElse(false);
    }

    // ---- values --------------------------------------------------------------------------

    private static Optional<String> text(Fields f, String key) {
        return f.optionalString(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    private Optional<String> email(Fields f, String key, boolean required) {
        Optional<String> value = required ? Optional.of(f.requiredString(key)).filter(s -> !s.isEmpty())
                : f.optionalString(key);
        return value.map(String::strip).filter(v -> {
            if (ProfileRules.EMAIL.matcher(v).matches()) {
                return true;
            }
            problems.error(f.locationOf(key), "'" + key + "' is not an email address: '" + v + "' (write it as "
                    + "name@example.org)");
            return false;
        });
    }

    private Optional<String> url(Fields f, String key) {
        return f.optionalString(key).map(String::strip).filter(v -> {
            if (ProfileRules.URL.matcher(v).matches()) {
                return true;
            }
            problems.error(f.locationOf(key), "'" + key + "' must be a web address starting with https://, such as "
                    + "https://www.linkedin.com/in/your-name; found '" + v + "'");
            return false;
        });
    }

    private Optional<String> phone(Fields f) {
        return f.optionalString("phone").map(String::strip).filter(v -> {
            if (ProfileRules.PHONE.matcher(v).matches()) {
                return true;
            }
            problems.error(f.locationOf("phone"), "'phone' is not a phone number: '" + v + "' (use digits, spaces and "
                    + "+ ( ) - only, such as +1 416 555 0142)");
            return false;
        });
    }

    private Optional<LocalDate> date(Fields f, String key) {
        return f.optionalString(key).flatMap(text -> parseDate(text.strip(), key, f.locationOf(key)));
    }

    private Optional<LocalDate> parseDate(String text, String key, SourceLocation at) {
        if (!ProfileRules.DATE.matcher(text).matches()) {
            problems.error(at, "'" + key + "' must be a date written YYYY-MM-DD, such as 2026-01-12; found '" + text + "'");
            return Optional.empty();
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        int day = Integer.parseInt(text.substring(8, 10));
        if (month < 1 || month > 12) {
            problems.error(at, "'" + key + "' is not a real date: " + text + " (there is no month " + month + ")");
            return Optional.empty();
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            problems.error(at, "'" + key + "' is not a real date: " + text + " (" + Month.of(month)
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + length + " days)");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            problems.error(at, "'" + key + "' is not a real date: " + text);
            return Optional.empty();
        }
    }

    private Optional<LocalTime> time(String text, SourceLocation at) {
        String t = text.strip();
        if (!ProfileRules.TIME.matcher(t).matches()) {
            problems.error(at, "'meetingTime' must be a time written HH:MM on a 24-hour clock, such as 14:30; found '"
                    + t + "'");
            return Optional.empty();
        }
        String[] parts = t.split(":");
        return Optional.of(LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
    }

    private void uniqueIds(List<Contact> contacts) {
        Map<String, Contact> seen = new HashMap<>();
        for (Contact c : contacts) {
            Contact first = seen.putIfAbsent(c.id(), c);
            if (first != null) {
                problems.error(c.source(), "two contacts have the id '" + c.id() + "' (the first at line "
                        + first.source().line() + "); give one of them its own 'id:'");
            }
        }
    }
}
