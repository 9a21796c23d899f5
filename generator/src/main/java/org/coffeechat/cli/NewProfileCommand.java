package org.coffeechat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coffeechat.profile.StarterProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coffeechat new-profile}: writes a commented starter profile. */
@Command(name = "new-profile", mixinStandardHelpOptions = true,
        description = "Writes a commented starter profile for a student's personal prep guide.")
final class NewProfileCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "my-profile.yaml",
            description = "Where to write it (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (Files.exists(file) && !force) {
            err.println("coffeechat: " + file + " already exists; choose another name, or add --force to replace it");
            return Main.INVALID;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, StarterProfile.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("coffeechat: cannot write " + file + ": " + e.getMessage());
            return Main.INVALID;
        }
        out.println("Wrote " + file + ". Fill it in, then:");
        out.println("  coffeechat validate --profile " + file);
        out.println("  coffeechat packet --profile " + file);
        return Main.OK;
    }
}
