package org.coffeechat.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.CohortBuilder;
import org.coffeechat.build.CohortListener;
import org.coffeechat.build.CohortRequest;
import org.coffeechat.build.CohortResult;
import org.coffeechat.build.Shard;
import org.coffeechat.config.PaperSize;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.output.SourceDate;

/**
 * Makes the packet of every student profile in a folder, for a workshop cohort: each
 * {@code NAME.yaml} becomes a printable {@code NAME.pdf} and a personal guide in {@code NAME/}
 * (HTML pages, a timeline, the contacts tracker as CSV and XLSX, a calendar). Bound to the
 * {@code site} phase, beside the guide, but written to its own folder ({@code target/packets}),
 * never into the published site: profiles are private. A profile with errors is reported and the others are still rendered; the
 * build then fails. When nothing changed since the last run, the goal says so and does nothing.
 */
@Mojo(name = "packets", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class PacketsMojo extends AbstractOutputMojo {

    /** The folder of student profiles ({@code *.yaml}, {@code *.yml}); each becomes {@code NAME.pdf} and {@code NAME/}. */
    @Parameter(property = "coffeechat.profilesDirectory", defaultValue = "${project.basedir}/profiles")
    File profilesDirectory;

    /**
     * Where the packets are written: the folder is replaced as a whole at the end of the run. Keep it
     * outside the published site; the packets hold the students' own data.
     */
    @Parameter(property = "coffeechat.packetsDirectory", defaultValue = "${project.build.directory}/packets")
    File packetsDirectory;

    /**
     * The date written into every PDF (its creation date), calendar and workbook, so that two
     * builds of the same inputs give identical bytes: an ISO-8601 date-time such as
     * {@code 2026-01-01T00:00:00Z}, or seconds since 1970. Defaults to the project's
     * {@code project.build.outputTimestamp}. The
     * {@code SOURCE_DATE_EPOCH} environment variable, when set, takes precedence (as
     * reproducible-builds.org asks); with neither, a fixed date, never the clock.
     */
    @Parameter(property = "coffeechat.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /**
     * The day the students' plans are made for, written YYYY-MM-DD: steps before it are overdue.
     * Defaults to the current day; set it for packets that are byte-identical on different days.
     */
    @Parameter(property = "coffeechat.today")
    String today;

    /** The paper size, {@code letter} or {@code a4}. Defaults to the site config's ({@code paper} in site.yaml). */
    @Parameter(property = "coffeechat.paper")
    String paper;

    /**
     * Renders only the K-th of N shares of the folder, written {@code K/N} (such as {@code 2/4}), by a
     * stable hash of each file name, so that a CI matrix can split a large cohort across machines.
     */
    @Parameter(property = "coffeechat.shard")
    String shard;

    /** How many packets are rendered at once. Defaults to the number of processors. */
    @Parameter(property = "coffeechat.threads")
    Integer threads;

    /** Also writes each packet as one HTML page ({@code NAME.html}, the theme's {@code print/packet.ftlh}) beside its PDF. */
    @Parameter(property = "coffeechat.html", defaultValue = "false")
    boolean html;

    /**
     * Writes each student's personal guide into {@code NAME/} beside {@code NAME.pdf}: the overview and
     * contact pages, the timeline picture, the tracker ({@code tracker.csv}, {@code tracker.xlsx}) and
     * the calendar ({@code calendar.ics}). Set it to false for the PDFs alone.
     */
    @Parameter(property = "coffeechat.personalGuides", defaultValue = "true")
    boolean personalGuides;

    @Override
    void run(BuildRequest site) throws MojoFailureException {
        CohortRequest request = new CohortRequest(site, profilesDirectory.toPath(), packetsDirectory.toPath(),
                shard(), paper(), day("today", today), date(), threads(), html, personalGuides);
        Log log = new Log();
        Optional<CohortResult> result = force
                ? Optional.of(CohortBuilder.build(request, log))
                : CohortBuilder.buildIfChanged(request, log, stampFile());
        if (result.isEmpty()) {
            getLog().info("The packets in " + packetsDirectory + " are up to date: no input changed since the last build.");
            return;
        }
        CohortResult r = result.get();
        getLog().info("Rendered " + r.rendered() + " of " + r.profiles() + " packets into " + packetsDirectory
                + (r.skipped() > 0 ? " (shard " + shard + "; " + r.skipped() + " profiles are in the other shards)" : "")
                + ".");
        if (!r.ok()) {
            StringBuilder message = new StringBuilder("coffeechat could not make the packet of ")
                    .append(r.failed().size()).append(r.failed().size() == 1 ? " profile" : " profiles")
                    .append(" (the others were rendered):");
            log.problems.forEach(d -> message.append(System.lineSeparator()).append(d));
            throw new MojoFailureException(message.toString());
        }
    }

    private Optional<Shard> shard() throws MojoFailureException {
        if (shard == null || shard.isBlank()) {
            return Optional.empty();
        }
        Optional<Shard> parsed = Shard.parse(shard);
        if (parsed.isEmpty()) {
            throw new MojoFailureException("shard must be K/N with 1 <= K <= N, such as 2/4; found '" + shard + "'");
        }
        return parsed;
    }

    private Optional<PaperSize> paper() throws MojoFailureException {
        if (paper == null || paper.isBlank()) {
            return Optional.empty();
        }
        Optional<PaperSize> parsed = PaperSize.parse(paper);
        if (parsed.isEmpty()) {
            throw new MojoFailureException("paper must be letter or a4; found '" + paper + "'");
        }
        return parsed;
    }

    private Instant date() throws MojoFailureException {
        try {
            return SourceDate.resolve(Optional.ofNullable(outputTimestamp));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private int threads() throws MojoFailureException {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new MojoFailureException("threads must be at least 1; found " + threads);
        }
        return threads;
    }

    /** Reports the cohort as it goes, one line per packet, and keeps the problems for the failure. */
    private final class Log implements CohortListener {

        final List<Diagnostic> problems = new ArrayList<>();

        @Override
        public void started(int profiles) {
            getLog().info("Rendering the packets of " + profiles + (profiles == 1 ? " profile" : " profiles") + " in "
                    + profilesDirectory);
        }

        @Override
        public void rendered(String profile, String output, List<Diagnostic> warnings) {
            warn(warnings);
            getLog().info(profile + " -> " + output);
        }

        @Override
        public void failed(String profile, List<Diagnostic> problems) {
            getLog().error(profile + ": not rendered (its problems are listed at the end)");
            this.problems.addAll(problems);
        }
    }
}
