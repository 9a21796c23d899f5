package org.coffeechat.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.Personalizer;
import org.coffeechat.profile.ProfileChecks;
import org.coffeechat.profile.ProfileLoader;

/**
 * Makes a student's personal prep guide: {@link #load} (the site as for the guide website, the
 * profile, every check, the plan), then render it. The CLI's {@code packet} and
 * {@code validate --profile} and the Maven plugin's {@code packets} goal call this class.
 */
public final class PacketBuilder {

    private PacketBuilder() {
    }

    /**
     * Reads and checks the site and the profile and makes the plan.
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
        return load(site, profile, display, request.today(), request.site().strict(), problems);
    }

    /**
     * Reads and checks one profile against a site loaded once (for a cohort of profiles).
     *
     * @throws InvalidInputException with every problem of the profile
     */
    public static LoadedPacket load(LoadedSite site, Path profileFile, LocalDate today, boolean strict) {
        Diagnostics problems = new Diagnostics();
        String display = Paths.display(profileFile);
        return load(site, ProfileLoader.load(profileFile, display, problems), display, today, strict, problems);
    }

    private static LoadedPacket load(LoadedSite site, Optional<Profile> profile, String display, LocalDate today,
                                     boolean strict, Diagnostics problems) {
        profile.ifPresent(p -> ProfileChecks.againstContent(p, site.content(), problems));
        if (problems.hasErrors() || profile.isEmpty()) {
            throw new InvalidInputException(problems.sorted());
        }
        PersonalPlan plan = Personalizer.plan(site.content(), site.config().guidance(), profile.get(), today);
        List<Diagnostic> warnings = new ArrayList<>(site.warnings());
        warnings.addAll(problems.sorted());
        warnings.addAll(plan.warnings());
        List<Diagnostic> sorted = warnings.stream().distinct().sorted().toList();
        if (strict && sorted.stream().anyMatch(d -> !d.isError())) {
            throw new InvalidInputException(sorted);
        }
        return new LoadedPacket(site, display, profile.get(), plan, sorted);
    }

    /** The warnings of a check-only run over the site and the profile (nothing is written). */
    public static List<Diagnostic> validate(PacketRequest request) {
        return load(request).warnings();
    }
}
