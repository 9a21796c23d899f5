package org.coffeechat.view.personal;

import java.util.List;
import java.util.Optional;
import org.coffeechat.text.Scripts;

/**
 * Everything prepared for one contact, ready to show.
 *
 * @param url        the contact's page in the personal guide, relative to its root ({@code contacts/priya-raman.html})
 * @param nameClass  {@code name-long} or {@code name-very-long} for long names, so a layout can set them smaller
 * @param nameLang   the name's language when its script tells ({@code ar}), for {@code <bdi lang>}; likewise
 *                   {@code organisationLang} and {@code referredByLang}
 * @param mode       how the meeting happens ("video call"), which also picks the etiquette: the agreed mode, else
 *                   the student's first choice
 * @param modeAgreed whether the contact agreed to that mode (the profile's {@code meetingMode})
 * @param status     the status in words ("Meeting scheduled"); {@code statusId} as in the profile
 * @param meeting    when and where, once agreed ("Tuesday 17 February 2026, 10:30, on Microsoft Teams")
 * @param outreach   the next message to send before the meeting (the request, or the follow-up), if any
 * @param thankYou   the thank-you draft, while one is still to be sent
 * @param drafts     every draft still ahead, in the order they are sent
 * @param next       the next open step
 */
public record ContactView(String id, String url, String name, String nameClass, Optional<String> nameLang,
                          String organisation, Optional<String> organisationLang, String role,
                          String industry, String mode, boolean modeAgreed, String status, String statusId, String priority,
                          String priorityId, String channel, Optional<String> meeting, String howFound,
                          Optional<String> referredBy, Optional<String> referredByLang, Optional<String> email, Optional<String> linkedin,
                          Optional<String> phone, Optional<String> notes, List<ResearchGroup> research,
                          List<String> introduction, int introductionSeconds, List<QuestionView> questions,
                          List<EtiquetteGroup> etiquette, Optional<DraftView> outreach, Optional<DraftView> thankYou,
                          List<DraftView> drafts, AfterView after, List<StepView> steps, Optional<StepView> next) {
    /** The {@code nameClass} of a name longer than 28 characters, and of one longer than 60. */
    public static final String NAME_LONG = "name-long";
    public static final String NAME_VERY_LONG = "name-very-long";

    /** The {@code nameClass} for {@code name}: empty, {@link #NAME_LONG} or {@link #NAME_VERY_LONG}. */
    public static String nameClass(String name) {
        return name.length() > 60 ? NAME_VERY_LONG : name.length() > 28 ? NAME_LONG : "";
    }

    public ContactView {
        research = List.copyOf(research);
        introduction = List.copyOf(introduction);
        questions = List.copyOf(questions);
        etiquette = List.copyOf(etiquette);
        drafts = List.copyOf(drafts);
        steps = List.copyOf(steps);
    }

    public record ResearchGroup(String title, List<ResearchItemView> items) {
        public ResearchGroup {
            items = List.copyOf(items);
        }
    }

    public record ResearchItemView(String text, Optional<String> link) {
    }

    /**
     * A chosen question.
     *
     * @param number    its place in the order to ask (1 first)
     * @param why       why it was chosen ("Chosen because ..."), with where it goes in the conversation
     * @param bankWhy   why the question bank says it is worth asking
     * @param sensitive whether to ask it only if the conversation allows
     */
    public record QuestionView(int number, String id, String text, String category, String why, String bankWhy,
                               boolean sensitive, boolean pinned) {
    }

    /** Etiquette rules of one phase (before, during, after) for the meeting's mode. */
    public record EtiquetteGroup(String id, String title, List<EtiquetteRule> rules) {
        public EtiquetteGroup {
            rules = List.copyOf(rules);
        }
    }

    public record EtiquetteRule(String rule, String why, String firmness) {
    }

    /**
     * An outreach message, filled in.
     *
     * @param anchor     an id for the draft on the contact's page
     * @param paragraphs the body, paragraph by paragraph; {@code [prompts]} mark what to fill in
     * @param marked     the same paragraphs split into runs of text and prompts, for highlighting
     * @param plainText  subject and body as one text, for copying
     * @param lengthNote the length against the channel's limit ("182 of 200 characters"), when it has one
     * @param over       whether it is over that limit
     * @param mailto     a link that opens it in an email program, for an email to a known address
     */
    public record DraftView(String id, String anchor, String title, String use, String kind, String channel,
                            String recipient, Optional<String> address, Optional<String> subject, List<String> paragraphs,
                            List<List<Part>> marked, String plainText, List<String> prompts, boolean recommended,
                            Optional<String> lengthNote, boolean over, Optional<String> mailto) {
        public DraftView {
            paragraphs = List.copyOf(paragraphs);
            marked = marked.stream().map(List::copyOf).toList();
            prompts = List.copyOf(prompts);
        }
    }

    /** A run of a draft's text; {@code prompt} when it is a {@code [value to fill in]}. */
    public record Part(String text, boolean prompt) {
    }

    /** What the profile holds about the meeting and after it; blanks remain to be filled in by hand. */
    public record AfterView(Optional<String> learned, List<ReferralView> referrals, List<String> nextSteps,
                            Optional<String> thankYouSent, Optional<String> update) {
        public AfterView {
            referrals = List.copyOf(referrals);
            nextSteps = List.copyOf(nextSteps);
        }
    }

    /** @param permission what the student may say about who sent them */
    public record ReferralView(String name, Optional<String> nameLang, boolean mayUseName, String permission,
                               Optional<String> note) {
        /** The referral with {@code nameLang} guessed from the name's script. */
        public ReferralView(String name, boolean mayUseName, String permission, Optional<String> note) {
            this(name, Scripts.language(name), mayUseName, permission, note);
        }
    }

    /**
     * A step of the plan: "Follow up if there is no reply", "Thursday 12 February 2026", upcoming.
     *
     * @param state  {@code done}, {@code overdue}, {@code due}, {@code upcoming} or {@code unscheduled}
     * @param draft  the anchor of the draft this step sends, if any
     */
    public record StepView(String kind, String title, String date, Optional<String> dateIso, Optional<String> time,
                           String state, String stateLabel, String detail, Optional<String> draft) {
    }
}
