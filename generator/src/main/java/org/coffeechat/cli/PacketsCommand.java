package org.coffeechat.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coffeechat.build.CohortBuilder;
import org.coffeechat.build.CohortRequest;
import org.coffeechat.build.CohortResult;
import org.coffeechat.build.Shard;
import org.coffeechat.config.PaperSize;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.output.OutputException;
import org.coffeechat.output.SourceDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coffeechat packets}: the PDF packet of every profile in a folder, for a workshop cohort. */
@Command(name = "packets", mixinStandardHelpOptions = true,
        description = {"Renders the PDF packet of every profile in a folder, several at a time.",
                "A profile with errors is reported and the others are still rendered; the exit code is 2 if any failed."})
final class PacketsCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs = new InputOptions();

    @Option(names = "--profiles", paramLabel = "DIR", required = true,
            description = "The folder of profiles (*.yaml, *.yml); each becomes NAME.pdf.")
    Path profiles;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "coffeechat-packets",
            description = "Output folder, replaced as a whole at the end (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Render only the K-th of N shares of the folder (by a stable hash of each file name), "
                    + "to split a large cohort across CI machines.")
    String shard;

    @Option(names = "--paper", paramLabel = "letter|a4", description = "Paper size (default: the site config's).")
    String paper;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day the plans are made for (default: today).")
    LocalDate today;

    @Option(names = "--threads", paramLabel = "N", description = "Packets rendered at once (default: the number of processors).")
    Integer threads;

    @Option(names = "--html", description = "Also write each packet as one HTML page (NAME.html) beside its PDF.")
    boolean html;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        Optional<Shard> share = Optional.ofNullable(shard).map(s -> Shard.parse(s).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--shard must be K/N with 1 <= K <= N, such as 2/4; found '" + s + "'")));
        Optional<PaperSize> size = PaperOption.parse(spec, paper);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Instant date;
        try {
            date = SourceDate.resolve(Optional.empty());
        } catch (IllegalArgumentException e) {
            stderr.println("coffeechat: " + e.getMessage());
            return Main.INVALID;
        }
        CohortProgress progress = new CohortProgress(stdout, stderr, System.console() != null);
        long start = System.nanoTime();
        try {
            CohortResult r = CohortBuilder.build(new CohortRequest(inputs.request(), profiles, out, share, size,
                    today == null ? LocalDate.now() : today, date, workers, html), progress);
            progress.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            stdout.printf("Rendered %d of %d packets into %s in %.1f s%s.%n", r.rendered(), r.profiles(), out, seconds,
                    share.map(s -> " (shard " + s + "; " + r.skipped() + " profiles are in the other shards)").orElse(""));
            if (!r.ok()) {
                stdout.println(r.failed().size() + (r.failed().size() == 1 ? " profile" : " profiles")
                        + " not rendered (their errors are above): " + String.join(", ", r.failed()));
                return Main.INVALID;
            }
            return Main.OK;
        } catch (InvalidInputException e) {
            progress.finish();
            return Report.invalid(stderr, e);
        } catch (OutputException e) {
            stderr.println("coffeechat: " + e.getMessage());
            return Main.INVALID;
        }
    }
}
