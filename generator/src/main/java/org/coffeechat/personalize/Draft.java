package org.coffeechat.personalize;

import java.util.List;
import java.util.Optional;
import org.coffeechat.model.Channel;
import org.coffeechat.model.TemplateKind;

/**
 * An outreach message filled in for one contact.
 *
 * @param id          the template's id
 * @param recipient   who the message goes to (the contact, or for an introduction the person who introduces)
 * @param address     the recipient's email address, when the draft is an email and it is known
 * @param prompts     values the profile does not hold yet, left in the text as {@code [bracketed prompts]}
 * @param recommended the best request template for this contact (others are alternatives); true for every
 *                    draft of the other kinds
 * @param length      the draft's length against its limit, when the template has one
 * @param mailto      a {@code mailto:} link that opens the draft in an email program, for emails
 */
public record Draft(String id, String title, String use, TemplateKind kind, Channel channel, String recipient,
                    Optional<String> address, Optional<String> subject, String body, List<String> prompts,
                    boolean recommended, Optional<LengthCheck> length, Optional<String> mailto) {
    public Draft {
        prompts = List.copyOf(prompts);
    }

    /** A draft's length against its limit, in words or characters. */
    public record LengthCheck(int length, int limit, String unit) {
        public boolean over() {
            return length > limit;
        }
    }

    /** Subject and body as one text, the way a person would paste it. */
    public String plainText() {
        return subject.map(s -> "Subject: " + s + "\n\n").orElse("") + body;
    }
}
