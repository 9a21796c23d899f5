package org.coffeechat.build;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.coffeechat.output.SourceDate;

/**
 * What to make a student's personal guide from.
 *
 * @param site      the content, site config and theme, as for the guide website (its guidance gives the defaults)
 * @param profile   the student's profile file
 * @param today     the day the plan is made for: steps before it are overdue, steps on it are due
 * @param buildTime the date outputs carry (calendar DTSTAMP, workbook dates): see {@link SourceDate}, never the clock
 */
public record PacketRequest(BuildRequest site, Path profile, LocalDate today, Instant buildTime) {

    /** A request whose outputs carry the fixed {@link SourceDate#FALLBACK} date. */
    public PacketRequest(BuildRequest site, Path profile, LocalDate today) {
        this(site, profile, today, SourceDate.FALLBACK);
    }
}
