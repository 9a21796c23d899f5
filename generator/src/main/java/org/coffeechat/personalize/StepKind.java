package org.coffeechat.personalize;

import java.util.Optional;
import org.coffeechat.model.TemplateKind;

/** The steps of a conversation's plan, in order, and the message each one sends (if any). */
public enum StepKind {
    SEND_REQUEST("Send the request", TemplateKind.REQUEST),
    FOLLOW_UP("Follow up if there is no reply", TemplateKind.FOLLOW_UP),
    CONFIRM("Confirm the day before", TemplateKind.CONFIRMATION),
    MEET("Meet", null),
    THANK("Send your thank-you", TemplateKind.THANK_YOU),
    CHECK_IN("Check in", TemplateKind.CHECK_IN);

    private final String title;
    private final TemplateKind message;

    StepKind(String title, TemplateKind message) {
        this.title = title;
        this.message = message;
    }

    public String title() {
        return title;
    }

    /** The kind of outreach message this step sends. */
    public Optional<TemplateKind> message() {
        return Optional.ofNullable(message);
    }
}
