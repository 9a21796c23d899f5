package org.coffeechat.personal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.coffeechat.personalize.ContactPlan;
import org.coffeechat.personalize.PersonalPlan;

/**
 * The tracker as CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet programs read
 * accented and non-Latin names correctly, CRLF line ends, dates as {@code YYYY-MM-DD}. A value
 * that a spreadsheet would take for a formula (starting with {@code = + - @}) is prefixed with
 * an apostrophe.
 */
public final class TrackerCsv {

    private static final String BOM = "\uFEFF";

    private TrackerCsv() {
    }

    public static byte[] write(PersonalPlan plan) {
        List<Tracker.Column> columns = Tracker.columns();
        StringBuilder out = new StringBuilder(BOM);
        for (int i = 0; i < columns.size(); i++) {
            out.append(i == 0 ? "" : ",").append(field(columns.get(i).header()));
        }
        out.append("\r\n");
        for (ContactPlan row : Tracker.rows(plan)) {
            for (int i = 0; i < columns.size(); i++) {
                Tracker.Column c = columns.get(i);
                Optional<String> value = c.isDate() ? c.date().apply(row).map(Object::toString) : c.text().apply(row);
                out.append(i == 0 ? "" : ",").append(field(value.map(TrackerCsv::defuse).orElse("")));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Keeps a spreadsheet from running a value as a formula. */
    static String defuse(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
