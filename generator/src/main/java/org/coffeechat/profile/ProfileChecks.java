package org.coffeechat.profile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.Suggestions;
import org.coffeechat.model.Content;
import org.coffeechat.model.Question;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.model.profile.QuestionChoices;
import org.coffeechat.model.profile.QuestionChoices.QuestionRef;

/** Checks a loaded profile against the content it will be used with: every pinned or dropped question must exist. */
public final class ProfileChecks {

    private ProfileChecks() {
    }

    public static void againstContent(Profile profile, Content content, Diagnostics problems) {
        Set<String> ids = content.questions().stream().map(Question::id).collect(Collectors.toSet());
        check(profile.questions(), ids, problems);
        for (Contact c : profile.contacts()) {
            check(c.questions(), ids, problems);
        }
    }

    private static void check(QuestionChoices choices, Set<String> ids, Diagnostics problems) {
        for (List<QuestionRef> refs : List.of(choices.pin(), choices.drop())) {
            for (QuestionRef ref : refs) {
                if (!ids.contains(ref.id())) {
                    problems.error(ref.location(), "there is no question '" + ref.id() + "' in the question bank"
                            + Suggestions.didYouMean(ref.id(), ids) + " (ids are shown on the guide's question page)");
                }
            }
        }
    }
}
