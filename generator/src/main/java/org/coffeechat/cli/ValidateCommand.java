package org.coffeechat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.coffeechat.build.BuildResult;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.build.PacketRequest;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.links.ExternalLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coffeechat validate}: checks everything a build would, writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the content, site config and theme (and, with --profile, a student's profile) "
                + "without writing anything.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs = new InputOptions();

    @Mixin
    ExternalOptions external = new ExternalOptions();

    @Option(names = "--profile", paramLabel = "FILE", description = "A student's profile to check as well.")
    Path profile;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day the plan is checked for "
            + "(default: today).")
    LocalDate today;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            List<Diagnostic> warnings;
            List<ExternalLink> externalLinks = List.of();
            if (profile != null) {
                warnings = PacketBuilder.validate(new PacketRequest(inputs.request(), profile,
                        today == null ? LocalDate.now() : today));
            } else {
                BuildResult result = GuideBuilder.check(inputs.request(), external.checker());
                warnings = result.warnings();
                externalLinks = result.externalLinks();
            }
            Report.warnings(spec.commandLine().getErr(), warnings);
            spec.commandLine().getOut().println("No errors" + (warnings.isEmpty() ? "." : " (" + warnings.size()
                    + (warnings.size() == 1 ? " warning)." : " warnings).")));
            Report.externalLinks(spec.commandLine().getOut(), externalLinks, external.check);
            return Main.OK;
        } catch (InvalidInputException e) {
            return Report.invalid(spec.commandLine().getErr(), e);
        }
    }
}
