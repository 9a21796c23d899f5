package org.coffeechat.personal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.Names;
import org.coffeechat.personalize.ContactPlan;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.PlanStep;
import org.coffeechat.personalize.StepKind;
import org.coffeechat.yaml.YamlEnum;

/**
 * The plan as an iCalendar file (RFC 5545, through ical4j) for Google Calendar, Outlook and
 * Apple Calendar: one event per open, dated step. Meetings with an agreed time are timed events
 * (in UTC, converted from the student's time zone) lasting the meeting's length; every other step
 * is an all-day reminder that does not block time. Each event's UID is made from the student, the
 * contact and the step, so importing a newer plan updates events instead of duplicating them;
 * DTSTAMP is the build timestamp, never the clock.
 *
 * <p>The file carries no METHOD: it is a plain calendar to import (RFC 5545), not a scheduling
 * message (RFC 5546). With METHOD:PUBLISH every event would need an ORGANIZER, and a student's own
 * reminders have none; ical4j's validation, run as the file is written, must find nothing.
 */
public final class PlanCalendar {

    /** The calendar's product id. */
    public static final String PROD_ID = "-//coffeechat//Personal prep guide//EN";

    private PlanCalendar() {
    }

    public static byte[] write(PersonalPlan plan, Instant buildTime) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PROD_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Coffee chats: " + plan.profile().student().name()));
        for (VEvent event : events(plan, buildTime)) {
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("coffeechat made an invalid calendar: " + e.getMessage(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<VEvent> events(PersonalPlan plan, Instant buildTime) {
        String student = Names.hash(plan.profile().student().email().toLowerCase(java.util.Locale.ROOT)).substring(0, 12);
        ZoneId zone = plan.profile().student().timeZone();
        int minutes = plan.settings().meetingMinutes();
        List<VEvent> out = new ArrayList<>();
        for (ContactPlan p : plan.contacts()) {
            Contact c = p.contact();
            for (PlanStep step : p.steps()) {
                if (!step.state().open() || step.date().isEmpty()) {
                    continue;
                }
                LocalDate day = step.date().get();
                VEvent event = new VEvent(false);
                event.add(new Uid(YamlEnum.name(step.kind()) + "-" + step.sequence() + "-" + c.id() + "-" + student
                        + "@coffeechat"));
                event.add(new DtStamp(buildTime));
                if (step.kind() == StepKind.MEET && step.time().isPresent()) {
                    Instant start = day.atTime(step.time().get()).atZone(zone).toInstant();
                    event.add(new DtStart<>(start));
                    event.add(new DtEnd<>(start.plusSeconds(60L * minutes)));
                    event.add(ImmutableTransp.OPAQUE);
                } else {
                    event.add(new DtStart<>(day));
                    event.add(new DtEnd<>(day.plusDays(1)));
                    event.add(ImmutableTransp.TRANSPARENT);
                }
                event.add(new Summary(summary(step, c)));
                event.add(new Description(step.detail() + "\n\n" + c.name() + ", " + c.role() + ", "
                        + c.organisation() + ". Everything for this contact is on their page of your personal guide."));
                if (step.kind() == StepKind.MEET) {
                    c.meetingPlace().ifPresent(place -> event.add(new Location(place)));
                }
                event.add(new Categories("Coffee chats"));
                out.add(event);
            }
        }
        return out;
    }

    static String summary(PlanStep step, Contact c) {
        return switch (step.kind()) {
            case SEND_REQUEST -> "Ask " + c.name() + " for a coffee chat";
            case FOLLOW_UP -> "Follow up with " + c.name() + " if no reply";
            case CONFIRM -> "Confirm tomorrow's coffee chat with " + c.name();
            case MEET -> "Coffee chat with " + c.name() + " (" + c.organisation() + ")";
            case THANK -> "Thank-you to " + c.name() + " due";
            case CHECK_IN -> "Check in with " + c.name();
        };
    }
}
