package org.coffeechat.personalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coffeechat.model.Category;
import org.coffeechat.model.Content;
import org.coffeechat.model.Question;
import org.coffeechat.model.Stage;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.model.profile.QuestionChoices.QuestionRef;
import org.coffeechat.model.profile.Student;
import org.coffeechat.view.Labels;

/**
 * Chooses 8 to 10 questions for one contact and explains each choice. The rules, in order:
 * <ol>
 * <li>Leave out questions the student dropped, questions tagged for other stages, industries or
 *     roles, and sensitive questions on topics the settings do not allow.</li>
 * <li>Keep every question the student pinned, first.</li>
 * <li>Score the rest: the bank's priority, plus bonuses for a tag that matches the contact's
 *     industry or role or the student's stage, for categories that suit the student's stage,
 *     and for categories that suit the relationship (a first conversation, or a later one).</li>
 * <li>Take the best, at most two per category, one allowed sensitive question (asked late) and
 *     one closing question (asked last), up to ten.</li>
 * </ol>
 */
public final class QuestionPicker {

    /** How many questions a contact gets at most, and at least when the bank has enough that fit. */
    public static final int MAX = 10;
    public static final int MIN = 8;
    /** Most questions taken from one category (pinned questions do not count). */
    public static final int PER_CATEGORY = 2;

    /** Bonus for a question tagged with the contact's industry or role. */
    static final int TAG_MATCH = 30;
    /** Bonus for a question tagged with the student's stage. */
    static final int STAGE_MATCH = 10;

    /** Categories of the built-in bank that suit each stage of a student's search, with their bonus. */
    static final Map<Stage, Map<String, Integer>> STAGE_CATEGORIES = Map.of(
            Stage.EXPLORING, Map.of("day-to-day", 10, "career-path", 8, "rewards-challenges", 5),
            Stage.RESEARCHING, Map.of("industry-outlook", 10, "the-organisation", 5, "environment-culture", 5),
            Stage.INTERNSHIP, Map.of("skills-qualifications", 10, "the-organisation", 8, "advice", 5),
            Stage.JOB_SEARCH, Map.of("the-organisation", 10, "skills-qualifications", 8, "networking", 5),
            Stage.CAREER_CHANGE, Map.of("skills-qualifications", 10, "career-path", 8, "advice", 5));

    /** For a first conversation: how someone got there is the natural opener. */
    static final Map<String, Integer> FIRST_CONVERSATION = Map.of("career-path", 5);

    /** For a later conversation: go deeper rather than repeat the basics. */
    static final Map<String, Integer> LATER_CONVERSATION = Map.of("career-path", -15, "day-to-day", -10,
            "advice", 10, "networking", 10, "resources", 8, "industry-outlook", 5);

    private QuestionPicker() {
    }

    /** What the student changed for this contact and for every contact together. */
    private record Choices(List<String> pinned, Set<String> dropped) {
    }

    /**
     * The questions for {@code contact}, in the order to ask them.
     *
     * @param warnings receives a note when fewer than {@value #MIN} questions fit
     */
    public static List<ChosenQuestion> choose(Content content, Profile profile, Contact contact,
                                              PersonalSettings settings, List<String> warnings) {
        Student student = profile.student();
        Terms terms = Terms.of(student, contact);
        Choices choices = choices(profile, contact);
        Map<String, Question> byId = new HashMap<>();
        content.questions().forEach(q -> byId.putIfAbsent(q.id(), q));
        Map<String, Integer> bankOrder = new HashMap<>();
        for (int i = 0; i < content.questions().size(); i++) {
            bankOrder.putIfAbsent(content.questions().get(i).id(), i);
        }
        String closing = content.categories().stream().max(Comparator.comparingInt(Category::order))
                .map(Category::id).orElse("");

        List<ChosenQuestion> pinned = new ArrayList<>();
        for (String id : choices.pinned()) {
            Question q = byId.get(id);
            if (q == null) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("you pinned it");
            q.sensitive().filter(s -> !settings.allows(s)).ifPresent(s -> reasons.add("you asked for it although "
                    + "your settings leave out questions on " + Labels.of(s).toLowerCase(java.util.Locale.ROOT)));
            Scored scored = score(q, student, contact, terms, settings);
            reasons.addAll(scored.reasons());
            pinned.add(new ChosenQuestion(q, fill(q.text(), contact), reasons, placement(q, closing), true, scored.score()));
        }

        List<Scored> candidates = new ArrayList<>();
        for (Question q : content.questions()) {
            if (choices.pinned().contains(q.id()) || choices.dropped().contains(q.id()) || !fits(q, student, terms, settings)) {
                continue;
            }
            candidates.add(score(q, student, contact, terms, settings));
        }
        candidates.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparingInt(s -> s.question().priority())
                .thenComparingInt(s -> bankOrder.get(s.question().id())));

        boolean pinnedSensitive = pinned.stream().anyMatch(c -> c.question().sensitive().isPresent());
        boolean pinnedClosing = pinned.stream().anyMatch(c -> c.question().category().equals(closing));
        Optional<Scored> sensitive = pinnedSensitive ? Optional.empty()
                : candidates.stream().filter(s -> s.question().sensitive().isPresent()).findFirst();
        Optional<Scored> closer = pinnedClosing ? Optional.empty()
                : candidates.stream().filter(s -> s.question().category().equals(closing)
                        && s.question().sensitive().isEmpty()).findFirst();

        int room = MAX - pinned.size() - (sensitive.isPresent() ? 1 : 0) - (closer.isPresent() ? 1 : 0);
        Map<String, Integer> perCategory = new HashMap<>();
        closer.ifPresent(c -> perCategory.merge(closing, 1, Integer::sum));
        List<Scored> main = new ArrayList<>();
        for (Scored s : candidates) {
            if (main.size() >= room) {
                break;
            }
            Question q = s.question();
            if (q.sensitive().isPresent() || (closer.isPresent() && q.id().equals(closer.get().question().id()))) {
                continue;
            }
            int used = perCategory.getOrDefault(q.category(), 0);
            if (used >= PER_CATEGORY) {
                continue;
            }
            perCategory.put(q.category(), used + 1);
            main.add(s);
        }

        List<ChosenQuestion> out = new ArrayList<>(pinned);
        List<ChosenQuestion> last = new ArrayList<>();
        for (Scored s : main) {
            ChosenQuestion chosen = s.chosen(contact, placement(s.question(), closing));
            (s.question().category().equals(closing) ? last : out).add(chosen);
        }
        sensitive.ifPresent(s -> out.add(s.chosen(contact, placement(s.question(), closing))));
        closer.ifPresent(s -> last.add(s.chosen(contact, placement(s.question(), closing))));
        out.addAll(last);
        if (out.size() < MIN) {
            warnings.add("only " + out.size() + " questions of the question bank suit " + contact.name()
                    + "; consider pinning more, or dropping fewer");
        }
        if (pinned.size() > MAX) {
            warnings.add("you pinned " + pinned.size() + " questions for " + contact.name()
                    + "; a conversation of this length has room for " + MIN + " to " + MAX);
        }
        return out;
    }

    private static Choices choices(Profile profile, Contact contact) {
        Set<String> pinned = new LinkedHashSet<>();
        contact.questions().pin().stream().map(QuestionRef::id).forEach(pinned::add);
        profile.questions().pin().stream().map(QuestionRef::id).forEach(pinned::add);
        Set<String> dropped = new LinkedHashSet<>();
        contact.questions().drop().stream().map(QuestionRef::id).forEach(dropped::add);
        profile.questions().drop().stream().map(QuestionRef::id).forEach(dropped::add);
        // A pin for this contact wins over a drop for every contact, and the other way round.
        contact.questions().drop().forEach(d -> pinned.remove(d.id()));
        contact.questions().pin().forEach(p -> dropped.remove(p.id()));
        return new Choices(List.copyOf(pinned), dropped);
    }

    /**
     * A contact's industry and role as words, and whether they are among the student's targets:
     * worked out once per contact, not once per question of the bank.
     */
    record Terms(List<String> industry, List<String> role, boolean targetIndustry, boolean targetRole) {
        static Terms of(Student student, Contact contact) {
            List<String> industry = Matching.words(contact.industry());
            List<String> role = Matching.words(contact.role());
            return new Terms(industry, role,
                    student.targetIndustries().stream().anyMatch(i -> Matching.same(i, industry)),
                    student.targetRoles().stream().anyMatch(r -> Matching.matches(r, role)));
        }
    }

    /** Whether a question may be suggested for this contact at all. */
    static boolean fits(Question q, Student student, Terms contact, PersonalSettings settings) {
        if (!q.stages().isEmpty() && !q.stages().contains(student.status())) {
            return false;
        }
        if (!q.industries().isEmpty() && q.industries().stream().noneMatch(i -> Matching.matches(i, contact.industry()))) {
            return false;
        }
        if (!q.roles().isEmpty() && q.roles().stream().noneMatch(r -> Matching.matches(r, contact.role()))) {
            return false;
        }
        return q.sensitive().map(settings::allows).orElse(true);
    }

    private record Scored(Question question, int score, List<String> reasons) {
        ChosenQuestion chosen(Contact contact, String placement) {
            return new ChosenQuestion(question, fill(question.text(), contact), reasons, placement, false, score);
        }
    }

    static Scored score(Question q, Student student, Contact contact, Terms terms, PersonalSettings settings) {
        int score = (6 - q.priority()) * 10;
        List<String> reasons = new ArrayList<>();
        reasons.add(switch (q.priority()) {
            case 1 -> "it is one of the question bank's top-priority questions";
            case 2 -> "the question bank rates it highly";
            default -> "it is a useful question";
        });
        String who = contact.greetingName();
        if (!q.industries().isEmpty()) {
            score += TAG_MATCH;
            reasons.add("it is written for " + contact.industry() + ", " + who + "'s industry");
        }
        if (!q.roles().isEmpty()) {
            score += TAG_MATCH;
            reasons.add("it fits " + who + "'s role as " + contact.role());
        }
        if (!q.stages().isEmpty()) {
            score += STAGE_MATCH;
            reasons.add("it suits " + Phrases.studentsWho(student.status()));
        }
        Integer stageBonus = STAGE_CATEGORIES.get(student.status()).get(q.category());
        if (stageBonus != null) {
            score += stageBonus;
            reasons.add("its topic matters to " + Phrases.studentsWho(student.status()));
        }
        boolean later = contact.status().hasMet();
        Integer relationship = (later ? LATER_CONVERSATION : FIRST_CONVERSATION).get(q.category());
        if (relationship != null) {
            score += relationship;
            if (relationship > 0) {
                reasons.add(later ? "it builds on your first conversation with " + who
                        : "it is a natural opener for a first conversation");
            }
        }
        if (terms.targetIndustry() && q.category().equals("industry-outlook")) {
            score += 5;
            reasons.add(contact.industry() + " is one of your target industries");
        }
        if (terms.targetRole() && (q.category().equals("day-to-day") || q.category().equals("skills-qualifications"))) {
            score += 5;
            reasons.add(who + "'s role is one you are aiming for");
        }
        q.sensitive().ifPresent(s -> reasons.add("your settings allow questions on "
                + Labels.of(s).toLowerCase(java.util.Locale.ROOT)));
        return new Scored(q, score, reasons);
    }

    private static String placement(Question q, String closing) {
        if (q.sensitive().isPresent()) {
            return "Ask it late, and only if the conversation allows: it touches on "
                    + Labels.of(q.sensitive().get()).toLowerCase(java.util.Locale.ROOT) + ".";
        }
        if (q.category().equals(closing)) {
            return "Ask it last: it closes the conversation and can lead you to the next person.";
        }
        return "";
    }

    /** The question with {@code {company}}, {@code {industry}} and {@code {role}} filled from the contact. */
    public static String fill(String text, Contact contact) {
        return text.replace("{company}", contact.organisation()).replace("{industry}", contact.industry())
                .replace("{role}", contact.role());
    }
}
