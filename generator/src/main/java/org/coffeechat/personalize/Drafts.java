package org.coffeechat.personalize;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Channel;
import org.coffeechat.model.Content;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.OutreachTemplate;
import org.coffeechat.model.TemplateKind;
import org.coffeechat.model.TemplateVariables;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.ContactStatus;
import org.coffeechat.model.profile.HowFound;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.model.profile.Student;
import org.coffeechat.validate.Lengths;
import org.coffeechat.view.Labels;
import org.coffeechat.yaml.YamlEnum;

/**
 * The outreach drafts for one contact: for each message still ahead in the relationship, the
 * template that fits the contact's channel, filled from the profile. A value the profile does
 * not hold yet (the meeting date before it is agreed) stays in the text as a {@code [prompt]}.
 * A draft over its template's limit is reported as a warning.
 */
public final class Drafts {

    private Drafts() {
    }

    /** The messages still ahead for a contact of this status, in the order they are sent. */
    static List<TemplateKind> ahead(Contact c) {
        boolean referred = c.referredBy().isPresent() && (c.howFound() == HowFound.REFERRAL || c.channel() == Channel.INTRODUCTION);
        List<TemplateKind> kinds = new ArrayList<>();
        switch (c.status()) {
            case IDENTIFIED -> {
                kinds.add(c.howFound() == HowFound.REFERRAL && c.channel() != Channel.INTRODUCTION
                        ? TemplateKind.REFERRAL : TemplateKind.REQUEST);
                kinds.addAll(List.of(TemplateKind.FOLLOW_UP, TemplateKind.CONFIRMATION, TemplateKind.THANK_YOU));
            }
            case REQUESTED -> kinds.addAll(List.of(TemplateKind.FOLLOW_UP, TemplateKind.CONFIRMATION, TemplateKind.THANK_YOU));
            case FOLLOWED_UP, SCHEDULED -> kinds.addAll(List.of(TemplateKind.CONFIRMATION, TemplateKind.THANK_YOU));
            case MET -> kinds.add(TemplateKind.THANK_YOU);
            default -> {
                // Thanked, keeping in touch or closed: nothing before the check-ins.
            }
        }
        if (c.status() != ContactStatus.CLOSED) {
            kinds.add(TemplateKind.CHECK_IN);
        }
        if (referred && c.status().hasMet()) {
            kinds.add(TemplateKind.REFERRER_UPDATE);
        }
        return kinds;
    }

    /** The channels to look for a template in, best first. */
    static List<Channel> channels(Contact c, TemplateKind kind) {
        List<Channel> out = new ArrayList<>();
        if (kind == TemplateKind.REQUEST || kind == TemplateKind.REFERRAL) {
            out.add(c.channel());
        }
        if (c.channel() == Channel.LINKEDIN_NOTE || c.channel() == Channel.LINKEDIN_MESSAGE) {
            out.add(Channel.LINKEDIN_MESSAGE);
        }
        if (c.channel() == Channel.PHONE && kind == TemplateKind.FOLLOW_UP) {
            out.add(Channel.PHONE);
        }
        out.add(Channel.EMAIL);
        return out.stream().distinct().toList();
    }

    public static List<Draft> drafts(Content content, Profile profile, Contact c, PersonalSettings settings,
                                     List<PlanStep> steps, LocalDate today, Diagnostics warnings) {
        List<Draft> out = new ArrayList<>();
        for (TemplateKind kind : ahead(c)) {
            List<OutreachTemplate> fitting = List.of();
            for (Channel channel : channels(c, kind)) {
                fitting = content.templates().stream().filter(t -> t.kind() == kind && t.channel() == channel).toList();
                if (!fitting.isEmpty()) {
                    break;
                }
            }
            if (fitting.isEmpty() && kind == TemplateKind.REFERRAL) {
                for (Channel channel : channels(c, TemplateKind.REQUEST)) {
                    fitting = content.templates().stream()
                            .filter(t -> t.kind() == TemplateKind.REQUEST && t.channel() == channel).toList();
                    if (!fitting.isEmpty()) {
                        break;
                    }
                }
            }
            List<OutreachTemplate> ordered = new ArrayList<>(fitting);
            if (ordered.size() > 1 && (kind == TemplateKind.REQUEST || kind == TemplateKind.REFERRAL) && preferShort(c)) {
                ordered.sort((a, b) -> Integer.compare(a.maxWords().orElse(Integer.MAX_VALUE),
                        b.maxWords().orElse(Integer.MAX_VALUE)));
            }
            boolean alternatives = kind == TemplateKind.REQUEST || kind == TemplateKind.REFERRAL;
            for (int i = 0; i < ordered.size(); i++) {
                // Two requests are alternatives; two confirmations (on agreeing, the day before) are both sent.
                out.add(draft(ordered.get(i), i == 0 || !alternatives, profile, c, settings, steps, today, warnings));
            }
        }
        return List.copyOf(out);
    }

    /** Busy senior people, and people the student has no connection to mention, get the short request first. */
    static boolean preferShort(Contact c) {
        return Phrases.senior(c.role()) || c.howFound() == HowFound.LINKEDIN || c.howFound() == HowFound.OTHER;
    }

    private static Draft draft(OutreachTemplate t, boolean recommended, Profile profile, Contact c,
                               PersonalSettings settings, List<PlanStep> steps, LocalDate today, Diagnostics warnings) {
        Contact addressee = c;
        String recipient = c.name();
        Optional<String> address = c.email();
        boolean toReferrer = t.channel() == Channel.INTRODUCTION || t.kind() == TemplateKind.REFERRER_UPDATE;
        Optional<Contact> knownReferrer = Optional.empty();
        if (toReferrer) {
            String referrer = c.referredBy().orElse("your mutual contact");
            recipient = referrer;
            knownReferrer = profile.contacts().stream().filter(o -> o.name().equals(referrer)).findFirst();
            address = knownReferrer.flatMap(Contact::email);
            if (t.kind() == TemplateKind.REFERRER_UPDATE && knownReferrer.isPresent()) {
                addressee = knownReferrer.get();
            }
        }
        Map<String, String> values = new LinkedHashMap<>(values(profile.student(), c, addressee, settings, steps, today));
        if (t.kind() == TemplateKind.REFERRER_UPDATE && knownReferrer.isEmpty()) {
            // The referrer is not one of the profile's contacts: address them by name, prompt for the rest.
            values.put("contact.name", recipient);
            values.put("contact.firstName", org.coffeechat.model.profile.Names.firstWord(recipient));
            values.put("contact.organisation", prompt("their organisation"));
            values.put("contact.role", prompt("their role"));
            values.put("contact.industry", prompt("their industry"));
            values.put("contact.howFound", prompt("how you know them"));
            values.put("referral.name", c.name());
        }
        List<String> prompts = new ArrayList<>();
        String body = fill(t.body().strip(), values, prompts);
        Optional<String> subject = t.subject().map(s -> fill(s, values, prompts));
        Optional<Draft.LengthCheck> length = length(t, body, settings);
        length.filter(Draft.LengthCheck::over).ifPresent(l -> warnings.warning(c.source(), "contact '" + c.name()
                + "': the " + Labels.of(t.channel()) + " draft '" + t.title() + "' is " + l.length() + " " + l.unit()
                + ", over the " + YamlEnum.name(t.channel()) + " limit of " + l.limit() + " " + l.unit()
                + "; shorten it before you send it"));
        Optional<String> mailto = t.channel() == Channel.EMAIL || t.channel() == Channel.INTRODUCTION
                ? address.map(a -> mailto(a, subject, body)) : Optional.empty();
        if (t.channel() != Channel.EMAIL && t.channel() != Channel.INTRODUCTION) {
            address = Optional.empty();
        }
        return new Draft(t.id(), t.title(), t.use(), t.kind(), t.channel(), recipient, address, subject, body,
                prompts.stream().distinct().toList(), recommended, length, mailto);
    }

    private static Optional<Draft.LengthCheck> length(OutreachTemplate t, String body, PersonalSettings settings) {
        if (t.maxChars().isPresent()) {
            var limit = t.maxChars().get();
            Optional<Integer> max = limit.fixed().or(() -> limit.setting().flatMap(settings::number));
            return max.map(m -> new Draft.LengthCheck(Lengths.characters(body), m, "characters"));
        }
        return t.maxWords().map(m -> new Draft.LengthCheck(Lengths.words(body), m, "words"));
    }

    /**
     * The value of every template variable for a message about {@code c}, addressed to {@code to}
     * (the same contact, except for an update to the person who referred them). Values the
     * profile does not hold are {@code [prompts]}.
     */
    public static Map<String, String> values(Student s, Contact c, Contact to, PersonalSettings settings,
                                             List<PlanStep> steps, LocalDate today) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("student.name", s.name());
        v.put("student.firstName", s.firstName());
        v.put("student.email", s.email());
        v.put("student.phone", s.phone().orElse(prompt("your phone number")));
        v.put("student.school", s.school());
        v.put("student.programme", s.programme());
        v.put("student.degree", s.degree());
        v.put("student.graduationYear", Integer.toString(s.graduationYear()));
        v.put("student.status", Phrases.status(s, c));
        v.put("student.interest", Phrases.interest(s, c));
        v.put("student.introduction", SelfIntroduction.of(s).text());
        v.put("contact.name", to.name());
        v.put("contact.firstName", to.greetingName());
        v.put("contact.organisation", to.organisation());
        v.put("contact.role", to.role());
        v.put("contact.industry", to.industry());
        v.put("contact.howFound", Phrases.howFound(s, to));
        v.put("contact.referrer", c.referredBy().orElse(prompt("the person who referred you")));
        v.put("meeting.minutes", Integer.toString(settings.meetingMinutes()));
        v.put("meeting.options", Phrases.options(s.meetingModes(), settings.meetingFormat()));
        v.put("meeting.date", c.dates().meeting().map(d -> Phrases.day(d, today)).orElse(prompt("meeting date")));
        v.put("meeting.time", c.meetingTime().map(Object::toString).orElse(prompt("time")));
        v.put("meeting.place", c.meetingPlace().orElse(c.meetingMode().map(Drafts::defaultPlace)
                .orElse(prompt("place, or video link"))));
        v.put("meeting.mode", c.meetingMode().map(Phrases::mode).orElse(prompt("video call, phone call or meeting in person")));
        v.put("followUp.date", steps.stream().filter(p -> p.kind() == StepKind.FOLLOW_UP).findFirst()
                .flatMap(PlanStep::date).map(d -> Phrases.day(d, today)).orElse(prompt("follow-up date")));
        v.put("learned", c.after().learned().orElse(prompt("one thing you learned")));
        v.put("referral.name", to == c ? c.after().referrals().stream().findFirst().map(r -> r.name())
                .orElse(prompt("the person they suggested")) : c.name());
        v.put("update", c.after().update().orElse(prompt("a short update on what you have done since")));
        return v;
    }

    private static String defaultPlace(MeetingMode mode) {
        return switch (mode) {
            case VIDEO -> "online (the link is in the invitation)";
            case PHONE -> "by phone";
            case IN_PERSON -> prompt("place");
        };
    }

    private static String prompt(String what) {
        return "[" + what + "]";
    }

    private static String fill(String text, Map<String, String> values, List<String> prompts) {
        Matcher m = TemplateVariables.REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                value = prompt(m.group(1));
            }
            if (value.startsWith("[") && value.endsWith("]")) {
                prompts.add(value.substring(1, value.length() - 1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A {@code mailto:} link with the subject and body prefilled (RFC 6068: percent-encoded UTF-8, CRLF line breaks). */
    static String mailto(String address, Optional<String> subject, String body) {
        StringBuilder out = new StringBuilder("mailto:").append(encode(address).replace("%40", "@"));
        String separator = "?";
        if (subject.isPresent()) {
            out.append(separator).append("subject=").append(encode(subject.get()));
            separator = "&";
        }
        out.append(separator).append("body=").append(encode(body.replace("\r\n", "\n").replace("\n", "\r\n")));
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
