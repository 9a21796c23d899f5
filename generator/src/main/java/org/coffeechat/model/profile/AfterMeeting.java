package org.coffeechat.model.profile;

import java.util.List;
import java.util.Optional;

/**
 * What the student noted after meeting a contact.
 *
 * @param learned   the one thing to mention in the thank-you ("how grid operators decide ...")
 * @param update    news to share at the next check-in
 */
public record AfterMeeting(Optional<String> learned, List<Referral> referrals, List<String> nextSteps,
                           Optional<String> update) {
    public AfterMeeting {
        referrals = List.copyOf(referrals);
        nextSteps = List.copyOf(nextSteps);
    }

    public static AfterMeeting none() {
        return new AfterMeeting(Optional.empty(), List.of(), List.of(), Optional.empty());
    }
}
