package org.coffeechat.personalize;

/** Where a step stands on the plan's "today". */
public enum StepState {
    /** Already done, according to the profile's status and dates. */
    DONE,
    /** Its date has passed and it is not done. */
    OVERDUE,
    /** Due today. */
    DUE,
    /** Due later. */
    UPCOMING,
    /** No date yet: it depends on something that has not happened (a reply, a meeting date). */
    UNSCHEDULED;

    /** Whether the step is still to do. */
    public boolean open() {
        return this != DONE;
    }
}
