package org.coffeechat.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coffeechat.config.Guidance;
import org.coffeechat.model.Channel;
import org.coffeechat.model.Content;
import org.coffeechat.model.LengthLimit;
import org.coffeechat.model.OutreachTemplate;
import org.coffeechat.model.TemplateKind;
import org.coffeechat.model.TemplateVariables;
import org.coffeechat.validate.Lengths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated outreach templates cover every stage and channel, fill in cleanly and fit their limits. */
class OutreachTemplatesTest {

    /**
     * Realistic but long values for every variable: long names, a long school, programme and
     * organisation, long phrases. A template that fits with these fits for nearly every student.
     */
    static final Map<String, String> LONG = new LinkedHashMap<>();

    static {
        LONG.put("student.name", "Maria-Fernanda Castellanos-Villanueva");
        LONG.put("student.firstName", "Maria-Fernanda");
        LONG.put("student.email", "mf.castellanos-villanueva@students.northfield-polytechnic.example.edu");
        LONG.put("student.phone", "+1 (613) 555-0142 ext. 2217");
        LONG.put("student.school", "the University of Ontario Institute of Technology");
        LONG.put("student.programme", "Environmental Engineering and Sustainable Resource Management");
        LONG.put("student.degree", "Bachelor of Applied Science");
        LONG.put("student.graduationYear", "2028");
        LONG.put("student.status", "exploring careers in renewable energy policy and grid modernisation");
        LONG.put("student.interest", "renewable energy policy and grid modernisation");
        LONG.put("student.introduction", "I am a third-year environmental engineering student with a minor in "
                + "public policy. I chair the campus energy-audit club and spent last summer mapping rooftop solar "
                + "potential for the city's climate office.");
        LONG.put("contact.name", "Alexandra Konstantinidou-Fairweather");
        LONG.put("contact.firstName", "Alexandra");
        LONG.put("contact.organisation", "Northern Ontario Renewable Energy Co-operative");
        LONG.put("contact.role", "Senior Manager, Distributed Energy Resources Integration");
        LONG.put("contact.industry", "renewable energy and electricity utilities");
        LONG.put("contact.howFound", "through the University of Ontario Institute of Technology alumni mentoring network");
        LONG.put("contact.referrer", "Professor Bartholomew Okonkwo-Lindqvist");
        LONG.put("meeting.minutes", "30");
        LONG.put("meeting.options", "a phone call, a video call, or a coffee somewhere near your office");
        LONG.put("meeting.date", "Wednesday 17 September");
        LONG.put("meeting.time", "14:30 Eastern Time");
        LONG.put("meeting.place", "Second Cup, 1234 Wellington Street West, Ottawa");
        LONG.put("meeting.mode", "video call");
        LONG.put("followUp.date", "Wednesday 1 October");
        LONG.put("learned", "how interconnection queues and utility planning studies decide when a new community "
                + "solar project can actually connect to the grid");
        LONG.put("referral.name", "Anneliese Vandenberghe-Moreau");
        LONG.put("update", "I have started a co-op placement with the city's energy and emissions planning team");
    }

    /** What is left of a variable or setting after filling: any brace at all. */
    private static final Pattern UNRESOLVED = Pattern.compile("[{}]");
    private static final Pattern JOB_WORDS = Pattern.compile(
            "\\b(jobs?|positions?|openings?|vacanc(y|ies)|hir(e|ing)|employment|internships?|recruit\\w*)\\b");

    private static Content content;

    @BeforeAll
    static void load() {
        content = CuratedContent.load(Guidance.defaults());
    }

    @Test
    void longSampleValuesCoverEveryVariable() {
        assertEquals(TemplateVariables.names(), LONG.keySet());
        for (String name : TemplateVariables.names()) {
            assertTrue(LONG.get(name).length() >= TemplateVariables.examples().get(name).length(),
                    name + " is at least as long as its example");
        }
    }

    @Test
    void hasATemplateForEveryStageAndChannelTheIssueLists() {
        List<String> missing = new ArrayList<>();
        need(missing, "a request by email", TemplateKind.REQUEST, Channel.EMAIL);
        need(missing, "a LinkedIn connection note", TemplateKind.REQUEST, Channel.LINKEDIN_NOTE);
        need(missing, "a request by LinkedIn message", TemplateKind.REQUEST, Channel.LINKEDIN_MESSAGE);
        need(missing, "a phone script", TemplateKind.REQUEST, Channel.PHONE);
        need(missing, "a letter", TemplateKind.REQUEST, Channel.LETTER);
        need(missing, "an introduction through a mutual contact", TemplateKind.REQUEST, Channel.INTRODUCTION);
        need(missing, "a confirmation", TemplateKind.CONFIRMATION, null);
        need(missing, "a follow-up after no reply", TemplateKind.FOLLOW_UP, null);
        need(missing, "a thank-you", TemplateKind.THANK_YOU, null);
        need(missing, "an update to a referrer", TemplateKind.REFERRER_UPDATE, null);
        need(missing, "a periodic check-in", TemplateKind.CHECK_IN, null);
        need(missing, "a first message to a referral", TemplateKind.REFERRAL, null);
        assertEquals(List.of(), missing);
    }

    @Test
    void theShortEmailRequestStaysUnderAHundredWordsAndMentionsNoJob() {
        OutreachTemplate shortest = content.templates().stream()
                .filter(t -> t.kind() == TemplateKind.REQUEST && t.channel() == Channel.EMAIL)
                .filter(t -> t.maxWords().isPresent() && t.maxWords().get() <= 100)
                .findFirst().orElseThrow(() -> new AssertionError("no email request limited to 100 words"));
        String filled = TemplateVariables.fill(shortest.subject().orElse("") + "\n" + shortest.body(), LONG);
        assertTrue(Lengths.words(TemplateVariables.fill(shortest.body(), LONG)) < 100, filled);
        String template = (shortest.subject().orElse("") + " " + shortest.body()).toLowerCase(Locale.ROOT);
        assertFalse(JOB_WORDS.matcher(template).find(), "the short request mentions no job: " + template);
    }

    @Test
    void theLinkedInNoteIsLimitedByTheAccountSetting() {
        OutreachTemplate note = one(TemplateKind.REQUEST, Channel.LINKEDIN_NOTE);
        assertEquals(Optional.of(LengthLimit.setting("linkedinNoteLimit")), note.maxChars());
    }

    @Test
    void everyTemplateRendersWithTheSampleProfileLeavingNoVariable() {
        List<String> unresolved = new ArrayList<>();
        for (OutreachTemplate t : content.templates()) {
            for (Map<String, String> profile : List.of(TemplateVariables.examples(), LONG)) {
                String filled = TemplateVariables.fill(t.subject().orElse("") + "\n" + t.body(), profile);
                if (UNRESOLVED.matcher(filled).find()) {
                    unresolved.add(t.id() + ": " + filled);
                }
            }
        }
        assertEquals(List.of(), unresolved);
    }

    @Test
    void everyTemplateHasALengthLimitAndEveryWrittenMessageASubject() {
        for (OutreachTemplate t : content.templates()) {
            assertTrue(t.maxWords().isPresent() || t.maxChars().isPresent(), t.id() + " has no length limit");
            if (t.channel() == Channel.EMAIL) {
                assertTrue(t.subject().isPresent(), t.id() + ": an email needs a subject line");
            }
            if (t.channel() == Channel.PHONE || t.channel() == Channel.LINKEDIN_NOTE) {
                assertTrue(t.subject().isEmpty(), t.id() + ": a call or a connection note has no subject");
            }
        }
    }

    @Test
    void noArticleStandsBeforeAVariable() {
        // "a {student.programme} student" reads "a Environmental ..." for some students.
        Pattern article = Pattern.compile("(?i)\\b(a|an)\\s+\\{");
        for (OutreachTemplate t : content.templates()) {
            String text = t.subject().orElse("") + "\n" + t.body();
            assertFalse(article.matcher(text).find(), t.id() + ": " + text);
        }
        for (org.coffeechat.model.Question q : content.questions()) {
            assertFalse(article.matcher(q.text()).find(), q.id() + ": " + q.text());
        }
    }

    @Test
    void everyLengthLimitedTemplateFitsWithLongNames() {
        List<String> over = new ArrayList<>();
        for (OutreachTemplate t : content.templates()) {
            String body = TemplateVariables.fill(t.body(), LONG);
            t.maxWords().ifPresent(max -> {
                if (Lengths.words(body) > max) {
                    over.add(t.id() + ": " + Lengths.words(body) + " words, limit " + max);
                }
            });
            t.maxChars().ifPresent(limit -> {
                // A setting-based limit must hold for the smallest value a career center is expected to choose.
                int max = limit.fixed().orElseGet(() -> smallestUsual(limit.setting().orElseThrow()));
                if (Lengths.characters(body) > max) {
                    over.add(t.id() + ": " + Lengths.characters(body) + " characters, limit " + max + ": " + body);
                }
            });
        }
        assertEquals(List.of(), over);
    }

    /** LinkedIn allows 200 characters on a free account (the default) and 300 on Premium. */
    private static int smallestUsual(String setting) {
        assertEquals("linkedinNoteLimit", setting);
        return Math.min(Guidance.defaults().linkedinNoteLimit(), 200);
    }

    private static void need(List<String> missing, String what, TemplateKind kind, Channel channel) {
        boolean found = content.templates().stream()
                .anyMatch(t -> t.kind() == kind && (channel == null || t.channel() == channel));
        if (!found) {
            missing.add(what);
        }
    }

    private static OutreachTemplate one(TemplateKind kind, Channel channel) {
        return content.templates().stream().filter(t -> t.kind() == kind && t.channel() == channel).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " template for " + channel));
    }
}
