package org.coffeechat.view.personal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coffeechat.personalize.CampaignCounts;
import org.coffeechat.personalize.ContactPlan;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.PlanStep;
import org.coffeechat.personalize.StepKind;
import org.coffeechat.personalize.StepState;
import org.coffeechat.view.personal.TimelineView.Lane;
import org.coffeechat.view.personal.TimelineView.Legend;
import org.coffeechat.view.personal.TimelineView.Marker;
import org.coffeechat.view.personal.TimelineView.Stat;
import org.coffeechat.view.personal.TimelineView.Tick;

/**
 * Lays out the campaign timeline. The axis runs from a little before the earliest dated step to
 * a little after the last, by whole months, but never more than about five months back or eight
 * ahead of today: steps beyond are drawn at the edge, marked as clipped.
 */
final class Timeline {

    static final int WIDTH = 960;
    static final int MARGIN = 16;
    static final int PLOT_LEFT = 236;
    static final int PLOT_RIGHT = WIDTH - 28;
    static final int STATS_HEIGHT = 76;
    static final int AXIS_Y = STATS_HEIGHT + 40;
    static final int LANES_TOP = AXIS_Y + 12;
    static final int LANE_HEIGHT = 46;
    static final int MAX_DAYS_BACK = 150;
    static final int MAX_DAYS_AHEAD = 240;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Timeline() {
    }

    static TimelineView of(PersonalPlan plan) {
        LocalDate today = plan.today();
        LocalDate first = today.minusDays(14);
        LocalDate last = today.plusDays(30);
        for (ContactPlan c : plan.contacts()) {
            for (PlanStep s : c.steps()) {
                if (s.date().isPresent()) {
                    first = min(first, s.date().get());
                    last = max(last, s.date().get());
                }
            }
        }
        first = max(first, today.minusDays(MAX_DAYS_BACK)).withDayOfMonth(1);
        last = min(last, today.plusDays(MAX_DAYS_AHEAD)).withDayOfMonth(1).plusMonths(1);
        Axis axis = new Axis(first, last);

        List<Tick> ticks = new ArrayList<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            boolean withYear = m.equals(first) || m.getMonthValue() == 1;
            ticks.add(new Tick(axis.x(m), (withYear ? MONTH_YEAR : MONTH).format(m)));
        }

        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < plan.contacts().size(); i++) {
            ContactPlan c = plan.contacts().get(i);
            int top = LANES_TOP + i * LANE_HEIGHT;
            int y = top + LANE_HEIGHT / 2;
            List<Marker> markers = new ArrayList<>();
            for (PlanStep s : c.steps()) {
                if (s.date().isEmpty() || s.state() == StepState.UNSCHEDULED
                        || (s.kind() == StepKind.CONFIRM && s.state() == StepState.DONE)) {
                    // A confirmation that is behind you only crowds the meeting it belongs to.
                    continue;
                }
                LocalDate d = s.date().get();
                String clipped = d.isBefore(first) ? "before" : d.isAfter(last) ? "after" : "";
                String label = c.contact().name() + ": " + s.title() + (s.sequence() > 1 ? " again" : "") + " · "
                        + PersonalGuideBuilder.longDate(d) + " · " + PersonalGuideBuilder.stateLabel(s.state());
                markers.add(new Marker(axis.x(d), y, kind(s.kind()), PersonalGuideBuilder.stateId(s.state()), clipped,
                        label));
            }
            int from = markers.stream().mapToInt(Marker::x).min().orElse(0);
            int to = markers.stream().mapToInt(Marker::x).max().orElse(0);
            lanes.add(new Lane(c.contact().name(), PersonalGuideBuilder.statusLabel(c.contact().status()),
                    org.coffeechat.yaml.YamlEnum.name(c.contact().status()),
                    PersonalGuideBuilder.contactUrl(c.contact().id()), y, top, LANE_HEIGHT, i % 2 == 0, from, to,
                    markers.size() > 1, markers));
        }
        int lanesBottom = LANES_TOP + plan.contacts().size() * LANE_HEIGHT;

        List<Legend> legend = legend(lanesBottom + 46);
        int height = legend.get(legend.size() - 1).y() + 22;
        String description = description(plan);
        return new TimelineView(WIDTH, height, "Your coffee chats, " + MONTH_YEAR.format(first) + " to "
                + MONTH_YEAR.format(last.minusDays(1)), description, PLOT_LEFT, PLOT_RIGHT, AXIS_Y, LANES_TOP,
                lanesBottom, axis.x(today), "Today, " + TODAY.format(today), ticks, lanes, stats(plan.counts()), legend,
                lanesBottom + 46);
    }

    private static String description(PersonalPlan plan) {
        CampaignCounts c = plan.counts();
        return c.contacts() + " contacts: " + c.contacted() + " contacted, " + c.replied() + " replied, " + c.met()
                + " met, " + c.referrals() + " referrals, " + c.overdue() + " overdue steps. Each row is one contact's "
                + "steps on a time axis, with today marked.";
    }

    private static List<Stat> stats(CampaignCounts c) {
        List<String[]> items = List.of(new String[] {"contacts", "contacts", Integer.toString(c.contacts())},
                new String[] {"contacted", "contacted", Integer.toString(c.contacted())},
                new String[] {"replied", "replied", Integer.toString(c.replied())},
                new String[] {"met", "met", Integer.toString(c.met())},
                new String[] {"referrals", c.referrals() == 1 ? "referral" : "referrals", Integer.toString(c.referrals())},
                new String[] {"overdue", "overdue", Integer.toString(c.overdue())});
        int gap = 12;
        int width = (WIDTH - 2 * MARGIN - gap * (items.size() - 1)) / items.size();
        List<Stat> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(new Stat(items.get(i)[0], items.get(i)[1], Integer.parseInt(items.get(i)[2]),
                    MARGIN + i * (width + gap), width));
        }
        return out;
    }

    private static List<Legend> legend(int y) {
        String[][] items = {{"request", "upcoming", "Request"}, {"follow-up", "upcoming", "Follow-up"},
            {"confirm", "upcoming", "Confirm"}, {"meet", "upcoming", "Meeting"}, {"thank", "upcoming", "Thank-you"},
            {"check-in", "upcoming", "Check-in"}, {"state", "done", "Done"}, {"state", "due", "Due today"},
            {"state", "overdue", "Overdue"}, {"state", "upcoming", "Upcoming"}};
        List<Legend> out = new ArrayList<>();
        int x = MARGIN + 8;
        int row = y;
        for (String[] item : items) {
            int width = 22 + item[2].length() * 7 + 14;
            if (x + width > WIDTH - MARGIN) {
                x = MARGIN + 8;
                row += 24;
            }
            out.add(new Legend(x, row, item[0], item[1], item[2]));
            x += width;
        }
        return out;
    }

    private static String kind(StepKind kind) {
        return switch (kind) {
            case SEND_REQUEST -> "request";
            case FOLLOW_UP -> "follow-up";
            case CONFIRM -> "confirm";
            case MEET -> "meet";
            case THANK -> "thank";
            case CHECK_IN -> "check-in";
        };
    }

    private record Axis(LocalDate first, LocalDate last) {
        int x(LocalDate d) {
            LocalDate clamped = d.isBefore(first) ? first : d.isAfter(last) ? last : d;
            long total = ChronoUnit.DAYS.between(first, last);
            long at = ChronoUnit.DAYS.between(first, clamped);
            return PLOT_LEFT + (int) Math.round((double) at * (PLOT_RIGHT - PLOT_LEFT) / total);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
