package org.coffeechat.view;

import java.util.Locale;
import org.coffeechat.model.Channel;
import org.coffeechat.model.Firmness;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Objective;
import org.coffeechat.model.Phase;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.model.Stage;
import org.coffeechat.model.TemplateKind;
import org.coffeechat.model.Tiara;

/** The words a reader sees for each enum value. */
public final class Labels {

    private Labels() {
    }

    public static String of(Objective o) {
        return capitalise(o.name());
    }

    public static String of(Phase p) {
        return switch (p) {
            case BEFORE -> "Before the meeting";
            case DURING -> "During the meeting";
            case AFTER -> "After the meeting";
        };
    }

    public static String of(Firmness f) {
        return switch (f) {
            case MUST -> "Must";
            case SHOULD -> "Should";
            case CONSIDER -> "Consider";
        };
    }

    public static String of(MeetingMode m) {
        return switch (m) {
            case IN_PERSON -> "In person";
            case PHONE -> "Phone";
            case VIDEO -> "Video";
        };
    }

    public static String of(Stage s) {
        return switch (s) {
            case EXPLORING -> "Exploring careers";
            case RESEARCHING -> "Researching an industry";
            case INTERNSHIP -> "Looking for an internship";
            case JOB_SEARCH -> "Looking for a job";
            case CAREER_CHANGE -> "Changing careers";
        };
    }

    public static String of(Sensitivity s) {
        return switch (s) {
            case COMPENSATION -> "Pay and benefits";
            case WORKLOAD -> "Workload and hours";
            case RESUME -> "Resume review";
            case PERSONAL -> "Personal";
        };
    }

    public static String of(Tiara t) {
        return capitalise(t.name());
    }

    public static String of(TemplateKind k) {
        return switch (k) {
            case REQUEST -> "Asking for a meeting";
            case CONFIRMATION -> "Confirming";
            case FOLLOW_UP -> "Following up";
            case THANK_YOU -> "Saying thank you";
            case CHECK_IN -> "Keeping in touch";
            case REFERRAL -> "Reaching a referral";
            case REFERRER_UPDATE -> "Updating a referrer";
        };
    }

    public static String of(Channel c) {
        return switch (c) {
            case EMAIL -> "Email";
            case LINKEDIN_NOTE -> "LinkedIn connection note";
            case LINKEDIN_MESSAGE -> "LinkedIn message";
            case PHONE -> "Phone script";
            case LETTER -> "Letter";
            case INTRODUCTION -> "Introduction through a mutual contact";
        };
    }

    private static String capitalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
