package org.coffeechat.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.ProfileFolder;
import org.coffeechat.diag.Diagnostic;

/**
 * Checks the content, the site config and the theme as a build would, and every student profile
 * of the profiles folder when there is one, and writes nothing. Bound to the {@code validate}
 * phase, so every build of the project fails early, with every {@code path:line:col: message} at
 * once, when a file is wrong.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractCoffeechatMojo {

    /**
     * The folder of student profiles ({@code *.yaml}, {@code *.yml}) to check against the content.
     * When it is left at its default and {@code profiles/} does not exist, no profile is checked; a
     * folder that is configured explicitly must exist.
     */
    @Parameter(property = "coffeechat.profilesDirectory", defaultValue = "${project.basedir}/profiles")
    File profilesDirectory;

    /**
     * The day the students' plans are checked for, written YYYY-MM-DD. Defaults to the current day.
     */
    @Parameter(property = "coffeechat.today")
    String today;

    @Override
    void run(BuildRequest request) throws MojoFailureException {
        Optional<Path> profiles = folder("profilesDirectory", profilesDirectory, "profiles");
        List<Diagnostic> warnings = profiles.isPresent()
                ? ProfileFolder.validate(request, profiles.get(), day("today", today))
                : GuideBuilder.validate(request);
        warn(warnings);
        getLog().info("No errors in the guide's content, site config and theme"
                + profiles.map(p -> " or in the " + ProfileFolder.count(p) + " profiles of " + p).orElse("")
                + (warnings.isEmpty() ? "." : " (" + warnings.size() + (warnings.size() == 1 ? " warning)." : " warnings).")));
    }
}
