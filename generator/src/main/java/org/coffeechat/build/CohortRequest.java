package org.coffeechat.build;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.coffeechat.config.PaperSize;

/**
 * What to render for a cohort: every profile in a folder, each into {@code NAME.pdf}.
 *
 * @param site     the content, site config and theme, as for the guide website
 * @param profiles the folder of profile files ({@code *.yaml}, {@code *.yml})
 * @param out      the output folder, replaced as a whole when the run ends
 * @param shard    only this share of the folder, for a CI matrix
 * @param paper    overrides the site config's paper
 * @param today    the day the plans are made for
 * @param date     the PDFs' creation date (see {@link org.coffeechat.output.SourceDate})
 * @param threads  how many packets to render at once
 * @param html     also write each packet's print HTML beside its PDF ({@code NAME.html}), to check a theme's
 *                 print templates in a browser
 * @param guides   also write each student's personal guide (its pages, timeline, tracker and calendar) into
 *                 {@code NAME/} beside {@code NAME.pdf}, as {@code coffeechat packet} would for one profile
 */
public record CohortRequest(BuildRequest site, Path profiles, Path out, Optional<Shard> shard,
                            Optional<PaperSize> paper, LocalDate today, Instant date, int threads, boolean html,
                            boolean guides) {

    /** A cohort of PDFs only, without the personal guides. */
    public CohortRequest(BuildRequest site, Path profiles, Path out, Optional<Shard> shard, Optional<PaperSize> paper,
                         LocalDate today, Instant date, int threads, boolean html) {
        this(site, profiles, out, shard, paper, today, date, threads, html, false);
    }
}
