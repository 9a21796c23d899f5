package org.coffeechat.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.coffeechat.build.BuildResult;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coffeechat validate}: checks everything a build would, writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the content, site config and theme without writing anything.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs = new InputOptions();

    @Mixin
    ExternalOptions external = new ExternalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            BuildResult result = GuideBuilder.check(inputs.request(), external.checker());
            List<Diagnostic> warnings = result.warnings();
            Report.warnings(spec.commandLine().getErr(), warnings);
            spec.commandLine().getOut().println("No errors" + (warnings.isEmpty() ? "." : " (" + warnings.size()
                    + (warnings.size() == 1 ? " warning)." : " warnings).")));
            Report.externalLinks(spec.commandLine().getOut(), result.externalLinks(), external.check);
            return Main.OK;
        } catch (InvalidInputException e) {
            return Report.invalid(spec.commandLine().getErr(), e);
        }
    }
}
