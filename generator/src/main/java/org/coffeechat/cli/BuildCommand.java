package org.coffeechat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coffeechat.build.BuildResult;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.output.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coffeechat build}: builds the guide website. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the guide website. With no options: the built-in content and theme into ./coffeechat-site.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs = new InputOptions();

    @Mixin
    ExternalOptions external = new ExternalOptions();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "coffeechat-site",
            description = "Output folder, replaced as a whole when the build succeeds (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        try {
            BuildResult result = GuideBuilder.build(inputs.request(), out, external.checker());
            Report.warnings(stderr, result.warnings());
            Path index = out.toAbsolutePath().normalize().resolve("index.html");
            stdout.println("Built " + result.pages() + " pages (" + result.files() + " files) into " + out);
            Report.externalLinks(stdout, result.externalLinks(), external.check);
            stdout.println("Open " + index.toUri());
            return Main.OK;
        } catch (InvalidInputException e) {
            return Report.invalid(stderr, e);
        } catch (OutputException e) {
            stderr.println("coffeechat: " + e.getMessage());
            return Main.INVALID;
        }
    }
}
