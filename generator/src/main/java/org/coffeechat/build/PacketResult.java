package org.coffeechat.build;

import java.util.List;
import org.coffeechat.diag.Diagnostic;

/**
 * What a personal guide build wrote.
 *
 * @param pages    HTML pages (the overview and one per contact)
 * @param files    every file, pages, tracker, calendar, timeline and theme files included
 * @param overdue  open steps whose day has passed
 */
public record PacketResult(int pages, int files, int contacts, int overdue, List<Diagnostic> warnings) {
    public PacketResult {
        warnings = List.copyOf(warnings);
    }
}
