package org.coffeechat.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffeechat.config.PaperSize;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.model.profile.WrittenText;
import org.coffeechat.output.Output;
import org.coffeechat.pdf.TextLayout;
import org.coffeechat.output.OutputException;
import org.coffeechat.output.SourceDate;
import org.coffeechat.output.StagedDirectory;
import org.coffeechat.personal.GuidePages;
import org.coffeechat.personal.PlanCalendar;
import org.coffeechat.personal.TrackerCsv;
import org.coffeechat.personal.TrackerXlsx;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.Personalizer;
import org.coffeechat.profile.ProfileChecks;
import org.coffeechat.profile.ProfileLoader;
import org.coffeechat.view.personal.PersonalGuide;
import org.coffeechat.view.personal.PersonalGuideBuilder;

/**
 * Makes a student's personal prep guide: {@link #load} (the site as for the guide website, the
 * profile, every check, the plan and its views), then {@link #render} (HTML pages, timeline,
 * tracker, calendar) through an {@link Output}; {@link #build} does both into a private folder,
 * atomically. The CLI's {@code packet} and {@code validate --profile}, the Maven plugin's
 * {@code packets} goal and the PDF packets call this class.
 */
public final class PacketBuilder {

    /** The tracker and calendar files, beside the overview. */
    public static final String TRACKER_CSV = "tracker.csv";
    public static final String TRACKER_XLSX = "tracker.xlsx";
    public static final String CALENDAR = "calendar.ics";

    private PacketBuilder() {
    }

    /**
     * Builds the personal guide into {@code outDir}, replacing what was there only if everything
     * succeeded. The folder must be private: never inside the site, content or theme folders, and
     * never a guide website's output.
     *
     * @throws InvalidInputException with every problem of the site and the profile
     * @throws OutputException       when the folder is not a private place or cannot be written
     */
    public static PacketResult build(PacketRequest request, Path outDir) {
        return build(request, outDir, Optional.empty());
    }

    /** As {@link #build(PacketRequest, Path)}, with the PDF packet on {@code paper} (the site config's when empty). */
    public static PacketResult build(PacketRequest request, Path outDir, Optional<PaperSize> paper) {
        checkPrivate(request.site(), outDir);
        PacketWarmUp warmUp = PacketWarmUp.start();
        LoadedPacket packet = load(request);
        warmUp.join();
        try (StagedDirectory out = StagedDirectory.open(outDir)) {
            PacketResult result = render(packet, out, paper);
            out.commit();
            return result;
        }
    }

    /** Where a profile's guide goes by default: {@code me-guide} beside the working folder for {@code me.yaml}. */
    public static Path defaultOutput(Path profile) {
        return Path.of(Paths.baseName(profile) + "-guide");
    }

    /**
     * Reads and checks the site and the profile and makes the plan and its views.
     *
     * @throws InvalidInputException with every problem of the site and the profile together
     */
    public static LoadedPacket load(PacketRequest request) {
        Diagnostics problems = new Diagnostics();
        String display = Paths.display(request.profile());
        Optional<Profile> profile = ProfileLoader.load(request.profile(), display, problems);
        LoadedSite site;
        try {
            site = GuideBuilder.load(request.site());
        } catch (InvalidInputException e) {
            List<Diagnostic> all = new ArrayList<>(e.diagnostics());
            all.addAll(problems.sorted());
            throw new InvalidInputException(all.stream().distinct().sorted().toList());
        }
        problems.addAll(checkGuideTemplates(site));
        return load(site, profile, display, request.today(), request.buildTime(), request.site().strict(), problems);
    }

    /**
     * Reads and checks one profile against a site loaded once (for a cohort of profiles). The
     * personal guide's templates are not checked here: they belong to the site, so a caller that
     * renders guides checks them once for all its profiles ({@link #checkGuideTemplates}) and passes
     * what it found to {@link #load(LoadedSite, Path, LocalDate, Instant, boolean, List)}.
     *
     * @throws InvalidInputException with every problem of the profile
     */
    public static LoadedPacket load(LoadedSite site, Path profileFile, LocalDate today, Instant buildTime,
                                    boolean strict) {
        return load(site, profileFile, today, buildTime, strict, List.of());
    }

    /**
     * As {@link #load(LoadedSite, Path, LocalDate, Instant, boolean)}, with the problems already found
     * in the site for every profile (its guide's templates, checked once): they count as this
     * profile's, so an error among them stops it and a warning is among its warnings.
     *
     * @throws InvalidInputException with every problem of the profile and {@code siteProblems}
     */
    public static LoadedPacket load(LoadedSite site, Path profileFile, LocalDate today, Instant buildTime,
                                    boolean strict, List<Diagnostic> siteProblems) {
        Diagnostics problems = new Diagnostics();
        problems.addAll(siteProblems);
        String display = Paths.display(profileFile);
        return load(site, ProfileLoader.load(profileFile, display, problems), display, today, buildTime, strict,
                problems);
    }

    /**
     * The problems of the personal guide's templates of {@code site}: the site's, not a profile's, so
     * a caller that renders the guides of many profiles (or of one profile again and again) checks
     * them once per site and passes them to {@link #load(LoadedSite, Path, LocalDate, Instant, boolean, List)}.
     */
    public static List<Diagnostic> checkGuideTemplates(LoadedSite site) {
        Diagnostics problems = new Diagnostics();
        GuidePages.check(site.templates(), problems);
        return problems.sorted();
    }

    /** As {@link #load(LoadedSite, Path, LocalDate, Instant, boolean)}, dated {@link SourceDate#FALLBACK}. */
    public static LoadedPacket load(LoadedSite site, Path profileFile, LocalDate today, boolean strict) {
        return load(site, profileFile, today, SourceDate.FALLBACK, strict);
    }

    private static LoadedPacket load(LoadedSite site, Optional<Profile> profile, String display, LocalDate today,
                                     Instant buildTime, boolean strict, Diagnostics problems) {
        profile.ifPresent(p -> ProfileChecks.againstContent(p, site.content(), problems));
        profile.ifPresent(p -> checkDrawable(p, site.printer(), problems));
        if (problems.hasErrors() || profile.isEmpty()) {
            throw new InvalidInputException(problems.sorted());
        }
        PersonalPlan plan = Personalizer.plan(site.content(), site.config().guidance(), profile.get(), today);
        LoadedSite mine = site.withGuidance(plan.settings().asGuidance());
        PersonalGuide guide = PersonalGuideBuilder.build(plan, mine.content(), mine.config());
        List<Diagnostic> warnings = new ArrayList<>(site.warnings());
        warnings.addAll(problems.sorted());
        warnings.addAll(plan.warnings());
        List<Diagnostic> sorted = warnings.stream().distinct().sorted().toList();
        if (strict && sorted.stream().anyMatch(d -> !d.isError())) {
            throw new InvalidInputException(sorted);
        }
        return new LoadedPacket(mine, display, profile.get(), plan, guide, buildTime, sorted);
    }

    /**
     * Warns of every character of the profile that no font of the packet can draw, where it is
     * written: the packet prints such a character as its code point in brackets ({@code [U+1F9FF]})
     * rather than as an empty box, and the student should know before printing.
     */
    static void checkDrawable(Profile profile, PrintedPacket printer, Diagnostics problems) {
        for (WrittenText written : profile.written()) {
            String text = written.text();
            for (int cp : printer.undrawable(text)) {
                String ch = new String(Character.toChars(cp));
                int at = text.indexOf(ch);
                problems.warning(written.locate(at, ch.length()), "no font of the PDF packet can draw "
                        + describe(cp) + "; the packet prints it as [" + TextLayout.codePoint(cp)
                        + "] (a theme can add a font that has it: see the README, \"Scripts and fonts\")");
            }
        }
    }

    /** {@code '🧿' (U+1F9FF NAZAR AMULET)}; an invisible character is named without being shown. */
    private static String describe(int cp) {
        String name = Character.getName(cp);
        String shown = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.PRIVATE_USE
                ? "" : "'" + new String(Character.toChars(cp)) + "' ";
        return "the character " + shown + "(" + TextLayout.codePoint(cp) + (name == null ? "" : " " + name) + ")";
    }

    /** The warnings of a check-only run over the site and the profile: everything is made, nothing is written. */
    public static List<Diagnostic> validate(PacketRequest request) {
        PacketWarmUp warmUp = PacketWarmUp.start();
        LoadedPacket packet = load(request);
        warmUp.join();
        render(packet, (path, bytes) -> { });
        return packet.warnings();
    }

    /**
     * Writes the personal guide through {@code out}: {@code index.html}, a page per contact under
     * {@code contacts/}, {@code timeline.svg}, {@code tracker.csv}, {@code tracker.xlsx},
     * {@code calendar.ics}, and the theme's static files.
     *
     * @throws InvalidInputException when a theme's personal template fails
     */
    public static PacketResult render(LoadedPacket packet, Output out) {
        return render(packet, out, Optional.empty());
    }

    /**
     * As {@link #render(LoadedPacket, Output)}, with the printable packet ({@value PrintedPacket#FILE}) on
     * {@code paper} (the site config's when empty).
     */
    public static PacketResult render(LoadedPacket packet, Output out, Optional<PaperSize> paper) {
        return render(packet, out, packet.site().printer().pdf(packet, paper, packet.buildTime()));
    }

    /** As {@link #render(LoadedPacket, Output)}, with the printable packet already drawn ({@code pdf}). */
    static PacketResult render(LoadedPacket packet, Output out, byte[] pdf) {
        out.write(PrintedPacket.FILE, pdf);
        PacketResult guide = renderGuide(packet, out);
        return new PacketResult(guide.pages(), guide.files() + 1, guide.contacts(), guide.overdue(), guide.warnings());
    }

    /**
     * As {@link #render(LoadedPacket, Output)} without the printable packet: the personal guide's pages
     * and files only (what {@code coffeechat serve --profile} previews; no page links to the packet).
     *
     * @throws InvalidInputException when a theme's personal template fails
     */
    public static PacketResult renderGuide(LoadedPacket packet, Output out) {
        int pages = GuidePages.write(packet.site().templates(), packet.guide(), out);
        out.write(TRACKER_CSV, TrackerCsv.write(packet.plan()));
        out.write(TRACKER_XLSX, TrackerXlsx.write(packet.plan(), packet.buildTime()));
        out.write(CALENDAR, PlanCalendar.write(packet.plan(), packet.buildTime()));
        Map<String, Path> statics = GuideBuilder.staticFiles(packet.site().staticRoots());
        statics.forEach((relative, file) -> {
            try {
                out.write(relative, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new PacketResult(pages, pages + 4 + statics.size(), packet.plan().contacts().size(),
                packet.plan().counts().overdue(), packet.warnings());
    }

    /**
     * Refuses an output folder from which the personal guide could end up published: inside the
     * site, content or theme folders, inside another coffeechat output, or a guide website's output.
     */
    static void checkPrivate(BuildRequest request, Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        List<Path> published = new ArrayList<>();
        request.site().ifPresent(published::add);
        request.content().ifPresent(published::add);
        request.theme().ifPresent(published::add);
        for (Path folder : published) {
            Path f = folder.toAbsolutePath().normalize();
            if (out.startsWith(f)) {
                throw new OutputException("refusing to write a personal guide to " + outDir + ": it is inside " + folder
                        + ", which is published; choose a private folder with --out");
            }
        }
        for (Path p = out.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(StagedDirectory.MARKER))) {
                throw new OutputException("refusing to write a personal guide to " + outDir + ": it is inside "
                        + "coffeechat's output " + p + "; choose a private folder with --out");
            }
        }
        if (Files.isRegularFile(out.resolve("sitemap.xml")) || Files.isRegularFile(out.resolve("404.html"))) {
            throw new OutputException("refusing to write a personal guide to " + outDir + ": it holds a guide website; "
                    + "choose a private folder with --out");
        }
    }
}
