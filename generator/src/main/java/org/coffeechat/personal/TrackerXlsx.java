package org.coffeechat.personal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coffeechat.personalize.ContactPlan;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.PlanStep;
import org.coffeechat.view.personal.PersonalGuideBuilder;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The tracker as an Excel workbook (fastexcel): a "Contacts" sheet with a bold header row, the
 * header and the names frozen, a filter on every column and dates as real dates; and a "Plan"
 * sheet with every step of every contact. The file is made reproducible afterwards: fixed zip
 * entry times and the build timestamp as its creation date.
 */
public final class TrackerXlsx {

    /** The number format of date cells. */
    public static final String DATE_FORMAT = "yyyy-mm-dd";

    private TrackerXlsx() {
    }

    public static byte[] write(PersonalPlan plan, Instant buildTime) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "coffeechat", "1.0")) {
            wb.properties().setTitle("Coffee chat tracker: " + plan.profile().student().name())
                    .setSubject("Informational interview contacts").setKeywords("coffeechat, informational interview");
            contacts(wb.newWorksheet("Contacts"), plan);
            steps(wb.newWorksheet("Plan"), plan);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReproducibleZip.normalize(bytes.toByteArray(), buildTime);
    }

    private static void contacts(Worksheet ws, PersonalPlan plan) {
        List<Tracker.Column> columns = Tracker.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).header());
            ws.width(c, columns.get(c).width());
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("D9E7EC").wrapText(true)
                .verticalAlignment("center").set();
        List<ContactPlan> rows = Tracker.rows(plan);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Tracker.Column column = columns.get(c);
                if (column.isDate()) {
                    Optional<LocalDate> d = column.date().apply(rows.get(r));
                    if (d.isPresent()) {
                        ws.value(r + 1, c, d.get());
                        ws.style(r + 1, c).format(DATE_FORMAT).set();
                    }
                } else {
                    int row = r + 1;
                    int col = c;
                    column.text().apply(rows.get(r)).ifPresent(v -> ws.value(row, col, v));
                }
            }
        }
        ws.freezePane(1, 1);
        ws.setAutoFilter(0, 0, columns.size() - 1);
    }

    private static void steps(Worksheet ws, PersonalPlan plan) {
        String[] headers = {"Contact", "Step", "Date", "Time", "State", "What to do"};
        double[] widths = {24, 30, 13, 8, 14, 80};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.width(c, widths[c]);
        }
        ws.range(0, 0, 0, headers.length - 1).style().bold().fillColor("D9E7EC").set();
        int r = 1;
        for (ContactPlan p : plan.contacts()) {
            for (PlanStep s : p.steps()) {
                ws.value(r, 0, p.contact().name());
                ws.value(r, 1, s.title() + (s.sequence() > 1 ? " again" : ""));
                if (s.date().isPresent()) {
                    ws.value(r, 2, s.date().get());
                    ws.style(r, 2).format(DATE_FORMAT).set();
                }
                if (s.time().isPresent()) {
                    ws.value(r, 3, s.time().get().toString());
                }
                ws.value(r, 4, PersonalGuideBuilder.stateLabel(s.state()));
                ws.value(r, 5, s.detail());
                r++;
            }
        }
        ws.freezePane(1, 1);
        ws.setAutoFilter(0, 0, headers.length - 1);
    }

}
