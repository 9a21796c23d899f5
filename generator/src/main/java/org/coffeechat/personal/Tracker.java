package org.coffeechat.personal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.coffeechat.model.profile.Referral;
import org.coffeechat.personalize.ContactPlan;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.Phrases;
import org.coffeechat.view.Labels;
import org.coffeechat.view.personal.PersonalGuideBuilder;
import org.coffeechat.yaml.YamlEnum;

/**
 * The contacts tracker: one row per contact, with the columns a career centre's networking
 * tracker has (who, where, how found, how reached, status, the dates of each step, the next step,
 * referrals, what was learned, notes). The CSV and the workbook share these columns.
 */
public final class Tracker {

    /** A column: its header, and either a text or a date value for a contact. */
    public record Column(String header, double width, Function<ContactPlan, Optional<String>> text,
                         Function<ContactPlan, Optional<LocalDate>> date) {
        boolean isDate() {
            return date != null;
        }

        static Column text(String header, double width, Function<ContactPlan, Optional<String>> value) {
            return new Column(header, width, value, null);
        }

        static Column date(String header, Function<ContactPlan, Optional<LocalDate>> value) {
            return new Column(header, 13, null, value);
        }
    }

    private Tracker() {
    }

    /** The columns, in order. */
    public static List<Column> columns() {
        List<Column> out = new ArrayList<>();
        out.add(Column.text("Name", 24, p -> Optional.of(p.contact().name())));
        out.add(Column.text("Organisation", 26, p -> Optional.of(p.contact().organisation())));
        out.add(Column.text("Role", 26, p -> Optional.of(p.contact().role())));
        out.add(Column.text("Industry", 18, p -> Optional.of(p.contact().industry())));
        out.add(Column.text("Priority", 10, p -> Optional.of(YamlEnum.name(p.contact().priority()))));
        out.add(Column.text("Status", 18, p -> Optional.of(PersonalGuideBuilder.statusLabel(p.contact().status()))));
        out.add(Column.text("How found", 20, p -> Optional.of(YamlEnum.name(p.contact().howFound()).replace('-', ' '))));
        out.add(Column.text("Referred by", 18, p -> p.contact().referredBy()));
        out.add(Column.text("Channel", 18, p -> Optional.of(Labels.of(p.contact().channel()))));
        out.add(Column.text("Email", 28, p -> p.contact().email()));
        out.add(Column.text("LinkedIn", 30, p -> p.contact().linkedin()));
        out.add(Column.text("Phone", 16, p -> p.contact().phone()));
        out.add(Column.date("Request sent", p -> p.contact().dates().requestSent()));
        out.add(Column.date("Followed up", p -> p.contact().dates().followedUp()));
        out.add(Column.date("Meeting date", p -> p.contact().dates().meeting()));
        out.add(Column.text("Meeting time", 12, p -> p.contact().meetingTime().map(Object::toString)));
        out.add(Column.text("Meeting mode", 14, p -> p.contact().meetingMode().map(Phrases::mode)));
        out.add(Column.date("Thank-you sent", p -> p.contact().dates().thankYouSent()));
        out.add(Column.date("Last contact", p -> p.contact().dates().lastContact()));
        out.add(Column.text("Next step", 26, p -> p.next().map(s -> s.title() + (s.sequence() > 1 ? " again" : ""))));
        out.add(Column.date("Next step date", p -> p.next().flatMap(s -> s.date())));
        out.add(Column.text("Referrals received", 30, p -> join(p.contact().after().referrals().stream()
                .map(Tracker::referral).toList())));
        out.add(Column.text("What I learned", 40, p -> p.contact().after().learned()));
        out.add(Column.text("Next steps", 40, p -> join(p.contact().after().nextSteps())));
        out.add(Column.text("Notes", 40, p -> p.contact().notes()));
        return out;
    }

    private static String referral(Referral r) {
        return r.name() + (r.mayUseName() ? " (may use name)" : " (ask before using name)");
    }

    private static Optional<String> join(List<String> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", items));
    }

    /** The rows in the profile's order. */
    static List<ContactPlan> rows(PersonalPlan plan) {
        return plan.contacts();
    }
}
