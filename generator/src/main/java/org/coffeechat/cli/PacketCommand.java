package org.coffeechat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.build.PacketRequest;
import org.coffeechat.build.PacketResult;
import org.coffeechat.config.PaperSize;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.output.OutputException;
import org.coffeechat.output.SourceDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coffeechat packet}: a student's personal prep guide from their profile. */
@Command(name = "packet", mixinStandardHelpOptions = true,
        description = "Makes a student's personal prep guide from their profile: an HTML guide with a page per "
                + "contact, a timeline, a tracker (CSV and Excel), a calendar file and a printable PDF packet (packet.pdf), "
                + "in a private folder.")
final class PacketCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "FILE", required = true,
            description = "The student's profile (see 'coffeechat new-profile').")
    Path profile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced as a whole when the build "
            + "succeeds (default: the profile's name with -guide, such as me-guide for me.yaml).")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day to plan for (default: today). "
            + "Steps before it count as overdue.")
    LocalDate today;

    @Option(names = "--paper", paramLabel = "letter|a4",
            description = "Paper size of the printable packet, packet.pdf (default: the site config's).")
    String paper;

    @Mixin
    InputOptions inputs = new InputOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        Path target = out != null ? out : PacketBuilder.defaultOutput(profile);
        try {
            BuildRequest site = inputs.request();
            LocalDate day = today != null ? today : LocalDate.now();
            java.util.Optional<PaperSize> size = PaperOption.parse(spec, paper);
            PacketResult result = PacketBuilder.build(new PacketRequest(site, profile, day,
                    SourceDate.resolve(java.util.Optional.empty())), target, size);
            Report.warnings(stderr, result.warnings());
            stdout.println("Made the personal guide for " + day + ": " + result.contacts() + " contacts, "
                    + result.pages() + " pages, tracker, calendar, printable packet (" + result.files() + " files) in " + target
                    + (result.overdue() > 0 ? "; " + result.overdue() + " overdue steps" : ""));
            stdout.println("Open " + target.toAbsolutePath().normalize().resolve("index.html").toUri());
            return Main.OK;
        } catch (InvalidInputException e) {
            return Report.invalid(stderr, e);
        } catch (OutputException | IllegalArgumentException e) {
            stderr.println("coffeechat: " + e.getMessage());
            return Main.INVALID;
        }
    }
}
