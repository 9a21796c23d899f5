package org.coffeechat.personalize;

import java.util.List;
import org.coffeechat.model.Question;

/**
 * A question chosen for one contact.
 *
 * @param text    the question with its placeholders filled ("How did you first get into renewable energy?")
 * @param reasons why it was chosen, each a phrase that follows "chosen because"
 * @param placement where it goes in the conversation and why, when that is not simply its score
 *                (sensitive questions late, closing questions last); empty otherwise
 * @param score   the score it was ranked by (higher first)
 */
public record ChosenQuestion(Question question, String text, List<String> reasons, String placement, boolean pinned,
                             int score) {
    public ChosenQuestion {
        reasons = List.copyOf(reasons);
    }

    /** "Chosen because ..." in one sentence. */
    public String explanation() {
        String because = "Chosen because " + Phrases.list(reasons, "and") + ".";
        return placement.isEmpty() ? because : because + " " + placement;
    }
}
