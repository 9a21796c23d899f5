package org.coffeechat.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.output.SourceDate;

/**
 * A folder of student profiles ({@code *.yaml}, {@code *.yml}), checked together: the site once,
 * then every profile against it, as a packet build would. Nothing is written. The Maven plugin's
 * {@code validate} goal calls this for a career center's {@code profiles/} folder.
 */
public final class ProfileFolder {

    private ProfileFolder() {
    }

    /**
     * Checks the site of {@code site} and every profile in {@code folder}.
     *
     * @param today the day the plans are checked for
     * @return the warnings of the site and of every profile, sorted by file, line and column
     * @throws InvalidInputException with every problem of the site, or of all the profiles together,
     *                               if any is an error (or, when strict, a warning)
     */
    public static List<Diagnostic> validate(BuildRequest site, Path folder, LocalDate today) {
        if (!Files.isDirectory(folder)) {
            Diagnostics d = new Diagnostics();
            d.error(SourceLocation.file(Paths.display(folder)), "not a folder of profiles");
            throw new InvalidInputException(d.sorted());
        }
        LoadedSite loaded = GuideBuilder.load(site);
        // The personal guide's templates are the site's: checked once, they count for every profile.
        List<Diagnostic> guideTemplates = PacketBuilder.checkGuideTemplates(loaded);
        List<Diagnostic> all = new ArrayList<>(loaded.warnings());
        boolean failed = false;
        for (Path profile : Cohort.profiles(folder)) {
            try {
                all.addAll(PacketBuilder.load(loaded, profile, today, SourceDate.FALLBACK, site.strict(), guideTemplates)
                        .warnings());
            } catch (InvalidInputException e) {
                failed = true;
                all.addAll(e.diagnostics());
            }
        }
        List<Diagnostic> sorted = all.stream().distinct().sorted().toList();
        if (failed) {
            throw new InvalidInputException(sorted);
        }
        return sorted;
    }

    /** How many profiles {@link #validate} checks in {@code folder}. */
    public static int count(Path folder) {
        return Cohort.profiles(folder).size();
    }
}
