package org.coffeechat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.coffeechat.build.BuildResult;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.links.ExternalLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coffeechat links}: the report of external links, checked over the network only when asked. */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"Lists every external link of the guide and where it is written. Internal links and "
                + "anchors are checked by every build; external ones only with --check-external."})
final class LinksCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs = new InputOptions();

    @Mixin
    ExternalOptions external = new ExternalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            BuildResult result = GuideBuilder.check(inputs.request(), external.checker());
            Report.warnings(spec.commandLine().getErr(), result.warnings());
            for (ExternalLink link : result.externalLinks()) {
                out.println(link.url());
                for (SourceLocation at : link.places()) {
                    out.println("    " + at);
                }
            }
            if (result.externalLinks().isEmpty()) {
                out.println("No external links.");
            } else {
                Report.externalLinks(out, result.externalLinks(), external.check);
            }
            return Main.OK;
        } catch (InvalidInputException e) {
            return Report.invalid(spec.commandLine().getErr(), e);
        }
    }
}
