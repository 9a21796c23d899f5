package org.coffeechat.personalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.coffeechat.model.Channel;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.ContactDates;
import org.coffeechat.model.profile.ContactStatus;
import org.coffeechat.model.profile.Priority;

/**
 * The dated plan for one contact: send the request, follow up after the configured days without
 * a reply, confirm the day before, meet, thank within the configured hours, and check in every
 * configured months. Dates come from the profile where it has them and are computed from the
 * settings where it does not; steps the status and dates show as done are marked done, and a
 * closed contact gets no new steps.
 */
public final class Planner {

    /** Days after today to send a request that has not gone out, by priority: spread the work out. */
    static int requestOffset(Priority priority) {
        return switch (priority) {
            case HIGH -> 0;
            case MEDIUM -> 2;
            case LOW -> 5;
        };
    }

    /** How many check-ins ahead the plan shows. */
    static final int CHECK_INS = 2;

    private Planner() {
    }

    public static List<PlanStep> plan(Contact c, PersonalSettings settings, LocalDate today) {
        ContactStatus status = c.status();
        ContactDates d = c.dates();
        boolean closed = status == ContactStatus.CLOSED;
        List<PlanStep> steps = new ArrayList<>();

        // Send the request.
        Optional<LocalDate> requestDate;
        if (d.requestSent().isPresent() || status.atLeast(ContactStatus.REQUESTED)) {
            requestDate = d.requestSent();
            steps.add(done(StepKind.SEND_REQUEST, requestDate, "Request sent."));
        } else {
            requestDate = Optional.of(today.plusDays(requestOffset(c.priority())));
            String how = c.channel() == Channel.INTRODUCTION
                    ? "Ask " + c.referredBy().orElse("your mutual contact") + " to introduce you (draft below)."
                    : "Send your request (draft below).";
            steps.add(step(StepKind.SEND_REQUEST, 1, requestDate, today, how + (c.priority() == Priority.HIGH ? ""
                    : " Spread your requests out: this one is " + c.priority().name().toLowerCase(java.util.Locale.ROOT)
                    + " priority.")));
        }

        // Follow up once if there is no reply.
        boolean replied = status.atLeast(ContactStatus.SCHEDULED) && !closed || d.meeting().isPresent();
        if (d.followedUp().isPresent() || status == ContactStatus.FOLLOWED_UP) {
            steps.add(done(StepKind.FOLLOW_UP, d.followedUp(), "Followed up."));
        } else if (!replied && !closed) {
            Optional<LocalDate> when = requestDate.map(r -> r.plusDays(settings.followUpAfterDays()));
            steps.add(step(StepKind.FOLLOW_UP, 1, when, today, "If " + c.greetingName() + " has not replied "
                    + settings.followUpAfterDays() + " days after your request, follow up once, politely (draft below)."));
        }

        // Confirm, meet, thank.
        Optional<LocalDate> meeting = d.meeting();
        boolean met = status.hasMet() || (closed && meeting.isPresent() && !meeting.get().isAfter(today));
        if (!closed || meeting.isPresent()) {
            if (met || (meeting.isPresent() && meeting.get().isBefore(today))) {
                steps.add(done(StepKind.CONFIRM, meeting.map(m -> m.minusDays(1)), "Confirmed."));
            } else if (meeting.isPresent()) {
                steps.add(step(StepKind.CONFIRM, 1, meeting.map(m -> m.minusDays(1)), today,
                        "Send a short reminder and check the time, place and link (draft below)."));
            } else {
                steps.add(unscheduled(StepKind.CONFIRM, "The day before the meeting, once a date is agreed."));
            }

            if (met) {
                steps.add(new PlanStep(StepKind.MEET, 1, meeting, c.meetingTime(), StepState.DONE, "Met."));
            } else if (meeting.isPresent()) {
                PlanStep meet = step(StepKind.MEET, 1, meeting, today, meetDetail(c, settings));
                if (meet.state() == StepState.OVERDUE) {
                    meet = new PlanStep(StepKind.MEET, 1, meeting, c.meetingTime(), StepState.OVERDUE,
                            "The meeting day has passed: if you met, change the status to 'met'; if not, agree a new date.");
                }
                steps.add(new PlanStep(meet.kind(), 1, meet.date(), c.meetingTime(), meet.state(), meet.detail()));
            } else if (!closed) {
                steps.add(unscheduled(StepKind.MEET, "When " + c.greetingName() + " agrees: offer times that suit them."));
            }

            boolean thanked = d.thankYouSent().isPresent() || status.atLeast(ContactStatus.THANKED) && !closed;
            Optional<LocalDate> thankBy = meeting.map(m -> m.plusDays(settings.thankYouDays()));
            if (thanked) {
                steps.add(done(StepKind.THANK, d.thankYouSent().or(() -> thankBy), "Thank-you sent."));
            } else if (!closed && meeting.isPresent()) {
                steps.add(step(StepKind.THANK, 1, thankBy, today, "Within " + settings.thankYouWithinHours()
                        + " hours of the meeting, thank " + c.greetingName() + " and mention one thing you learned (draft below)."));
            } else if (!closed) {
                steps.add(unscheduled(StepKind.THANK, "Within " + settings.thankYouWithinHours() + " hours of the meeting."));
            }
        }

        // Keep in touch.
        if (!closed) {
            Optional<LocalDate> since = Stream.of(d.lastContact(), d.thankYouSent(), met ? meeting : Optional.<LocalDate>empty())
                    .flatMap(Optional::stream).max(LocalDate::compareTo);
            if (status.hasMet() && since.isPresent()) {
                LocalDate next = since.get().plusMonths(settings.checkInMonths());
                for (int i = 1; i <= CHECK_INS; i++) {
                    steps.add(step(StepKind.CHECK_IN, i, Optional.of(next), today, "Send " + c.greetingName()
                            + " a short update, with no request attached (draft below)."));
                    next = next.plusMonths(settings.checkInMonths());
                }
            } else {
                steps.add(unscheduled(StepKind.CHECK_IN, "Every " + settings.checkInMonths()
                        + " months after the meeting, a short update with no request attached."));
            }
        }
        return List.copyOf(steps);
    }

    private static String meetDetail(Contact c, PersonalSettings settings) {
        String mode = c.meetingMode().map(Phrases::mode).orElse("meeting");
        String when = c.meetingTime().map(t -> " at " + t).orElse("");
        return Phrases.sentence(mode) + when + " with " + c.name() + ", about " + settings.meetingMinutes() + " minutes"
                + c.meetingPlace().map(p -> " (" + p + ")").orElse("") + ". Be ready "
                + (settings.arriveMinutesEarly() > 0 ? settings.arriveMinutesEarly() + " minutes early." : "on time.");
    }

    private static PlanStep done(StepKind kind, Optional<LocalDate> date, String detail) {
        return new PlanStep(kind, 1, date, Optional.empty(), StepState.DONE, detail);
    }

    private static PlanStep unscheduled(StepKind kind, String detail) {
        return new PlanStep(kind, 1, Optional.empty(), Optional.empty(), StepState.UNSCHEDULED, detail);
    }

    private static PlanStep step(StepKind kind, int sequence, Optional<LocalDate> date, LocalDate today, String detail) {
        StepState state = date.map(d -> d.isBefore(today) ? StepState.OVERDUE
                : d.isEqual(today) ? StepState.DUE : StepState.UPCOMING).orElse(StepState.UNSCHEDULED);
        return new PlanStep(kind, sequence, date, Optional.empty(), state, detail);
    }
}
