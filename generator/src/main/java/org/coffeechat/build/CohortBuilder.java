package org.coffeechat.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.output.Output;
import org.coffeechat.output.StagedDirectory;
import org.coffeechat.personal.GuidePages;
import org.coffeechat.print.PacketPdf;
import org.coffeechat.print.PacketView;

/**
 * Renders the PDF packet of every profile in a folder (and, when asked, each student's personal
 * guide beside it): the site is loaded and checked once (while the fonts load on another thread), then
 * the profiles are loaded, planned and rendered in parallel and each PDF is written as soon as it
 * is made (a cohort is never held in memory). A profile with errors is reported and the others
 * are still rendered. The output folder is replaced as a whole at the end; a killed run leaves the
 * previous one intact. The CLI's {@code packets} and the Maven plugin's {@code packets} goal call this.
 */
public final class CohortBuilder {

    private CohortBuilder() {
    }

    /**
     * Renders the cohort of {@code request}, telling {@code listener} as it goes.
     *
     * @throws InvalidInputException when the site, content or theme has errors, or the profile folder is missing
     *                               (nothing is rendered then); a bad profile is reported in the result instead
     * @throws org.coffeechat.output.OutputException when the output folder cannot be written
     */
    public static CohortResult build(CohortRequest request, CohortListener listener) {
        if (!Files.isDirectory(request.profiles())) {
            Diagnostics d = new Diagnostics();
            d.error(SourceLocation.file(Paths.display(request.profiles())), "not a folder of profiles");
            throw new InvalidInputException(d.sorted());
        }
        PacketWarmUp warmUp = PacketWarmUp.start();
        LoadedSite site = GuideBuilder.load(request.site());
        // The templates of what this cohort writes, checked once for all its profiles: the PDF is drawn
        // without them; the print page (--html) and the personal guides use them.
        Diagnostics template = new Diagnostics();
        if (request.html()) {
            PacketPdf.check(site.templates(), template);
        }
        if (request.html() || request.guides()) {
            GuidePages.check(site.templates(), template);
        }
        if (template.hasErrors()) {
            throw new InvalidInputException(template.sorted());
        }
        warmUp.join();
        PrintedPacket printer = site.printer();
        List<Path> files = Cohort.profiles(request.profiles());
        try (StagedDirectory out = StagedDirectory.open(request.out())) {
            CohortResult result = Cohort.run(files, request.shard(), (file, shown, name) -> {
                LoadedPacket packet = PacketBuilder.load(site, file, request.today(), request.date(),
                        request.site().strict());
                PacketView view = printer.view(packet, request.paper());
                if (request.html()) {
                    write(out, name + ".html", printer.html(view));
                }
                byte[] pdf = printer.pdf(view, request.date());
                if (request.guides()) {
                    // The guide's packet.pdf is the PDF just drawn: same paper, drawn once.
                    PacketBuilder.render(packet, (path, bytes) -> out.write(name + "/" + path, bytes), pdf);
                }
                List<Diagnostic> own = packet.warnings().stream()
                        .filter(w -> w.location().path().equals(shown)).toList();
                return new Cohort.Rendered(pdf, own);
            }, out, request.threads(), Paths::display, listener);
            out.commit();
            return result;
        }
    }

    /**
     * Renders like {@link #build}, unless nothing the cohort reads or is set to (see
     * {@link InputFingerprint#of(CohortRequest)}) changed since the last run that rendered every
     * profile, recorded in {@code stampFile}, and the output folder is still there. A run in which
     * a profile failed records nothing, so the next run tries again.
     *
     * @return how the run went, or empty when the packets were already up to date and nothing was done
     */
    public static Optional<CohortResult> buildIfChanged(CohortRequest request, CohortListener listener,
                                                                  Path stampFile) {
        InputFingerprint inputs = InputFingerprint.of(request);
        BuildStamp stamp = BuildStamp.at(stampFile);
        if (stamp.isCurrent(inputs, request.out())) {
            return Optional.empty();
        }
        CohortResult result = build(request, listener);
        if (result.ok()) {
            stamp.record(inputs);
        }
        return Optional.of(result);
    }

    private static void write(Output out, String path, String text) {
        out.write(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
