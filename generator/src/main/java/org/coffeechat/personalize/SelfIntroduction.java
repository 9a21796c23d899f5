package org.coffeechat.personalize;

import java.util.ArrayList;
import java.util.List;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Introduction;
import org.coffeechat.model.profile.Student;
import org.coffeechat.validate.Lengths;

/**
 * A short spoken self-introduction: who the student is, what they study, what they do outside
 * class, what interests them and where they are in their search; for a contact, one more
 * sentence on why them.
 *
 * @param sentences the introduction, sentence by sentence
 * @param seconds   about how long it takes to say, at a calm 140 words a minute
 */
public record SelfIntroduction(List<String> sentences, int words, int seconds) {

    /** Speaking pace used for {@code seconds}. */
    public static final int WORDS_PER_MINUTE = 140;

    public SelfIntroduction {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return String.join(" ", sentences);
    }

    /** The student's introduction in general (for the overview and the {@code student.introduction} variable). */
    public static SelfIntroduction of(Student student) {
        return of(core(student, null));
    }

    /** The introduction for a meeting with {@code contact}. */
    public static SelfIntroduction forContact(Student student, Contact contact) {
        List<String> sentences = core(student, contact);
        if (contact.status().hasMet()) {
            sentences.add("It was great to talk with you last time, and I have been following up on your advice.");
        } else {
            sentences.add("That is why I was keen to hear about your work as " + contact.role() + " at "
                    + contact.organisation() + ".");
        }
        return of(sentences);
    }

    private static SelfIntroduction of(List<String> sentences) {
        int words = Lengths.words(String.join(" ", sentences));
        return new SelfIntroduction(sentences, words, Math.round(words * 60f / WORDS_PER_MINUTE));
    }

    private static List<String> core(Student student, Contact contact) {
        List<String> out = new ArrayList<>();
        String name = student.preferredName().filter(p -> !student.name().contains(p)).map(p -> student.name()
                + ", but please call me " + p).orElse(student.name());
        out.add("Hello, I'm " + name + student.pronouns().map(p -> " (" + p + ")").orElse("") + ".");
        out.add("I'm studying " + student.programme() + " at " + student.school() + " (" + student.degree()
                + ", graduating in " + student.graduationYear() + ").");
        Introduction intro = student.introduction();
        intro.education().ifPresent(e -> out.add(end(e)));
        if (!intro.involvements().isEmpty()) {
            out.add("Outside class, I " + Phrases.list(intro.involvements(), "and") + ".");
        }
        String status = contact == null ? statusAlone(student) : Phrases.status(student, contact);
        if (!intro.interests().isEmpty()) {
            out.add("I'm especially interested in " + Phrases.list(intro.interests(), "and") + ", and at the moment I'm "
                    + status + ".");
        } else {
            out.add("At the moment I'm " + status + ".");
        }
        return out;
    }

    private static String statusAlone(Student student) {
        String field = student.targetIndustries().isEmpty() ? "" : Phrases.list(student.targetIndustries(), "and");
        return switch (student.status()) {
            case EXPLORING -> field.isEmpty() ? "exploring possible careers" : "exploring careers in " + field;
            case RESEARCHING -> field.isEmpty() ? "researching industries" : "researching " + field;
            case INTERNSHIP -> field.isEmpty() ? "looking for an internship" : "looking for an internship in " + field;
            case JOB_SEARCH -> field.isEmpty() ? "looking for my first role" : "looking for my first role in " + field;
            case CAREER_CHANGE -> field.isEmpty() ? "changing careers" : "changing careers into " + field;
        };
    }

    private static String end(String sentence) {
        String s = sentence.strip();
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }
}
