package org.coffeechat.model.profile;

/**
 * How far the conversation with a contact has gone, in order. In YAML, lower case with dashes
 * ({@code followed-up}, {@code keeping-in-touch}).
 */
public enum ContactStatus {
    IDENTIFIED, REQUESTED, FOLLOWED_UP, SCHEDULED, MET, THANKED, KEEPING_IN_TOUCH, CLOSED;

    /** Whether this status comes at or after {@code other} (CLOSED counts as after everything). */
    public boolean atLeast(ContactStatus other) {
        return ordinal() >= other.ordinal();
    }

    /** Whether the student has met this contact (a closed contact may or may not have been met). */
    public boolean hasMet() {
        return this == MET || this == THANKED || this == KEEPING_IN_TOUCH;
    }
}
