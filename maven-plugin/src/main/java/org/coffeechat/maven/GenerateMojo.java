package org.coffeechat.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.BuildResult;
import org.coffeechat.build.GuideBuilder;

/**
 * Builds the guide website. Bound to the {@code site} phase, so {@code mvn site} builds the
 * guide into {@code target/site}, ready to publish (turn off the Maven site plugin's own
 * {@code site} goal with {@code maven.site.skip}, so that it does not write there first). The
 * previous output is replaced only when the whole build succeeded. When nothing changed since the
 * last successful build, the goal says so and does nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class GenerateMojo extends AbstractOutputMojo {

    /**
     * Where the guide website is written: the folder is replaced as a whole when the build
     * succeeds. It must be empty, absent, or an earlier coffeechat output. Defaults to the
     * project's site folder, {@code target/site}.
     */
    @Parameter(property = "coffeechat.outputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    File outputDirectory;

    @Override
    String outputHint() {
        return ". Set outputDirectory (coffeechat.outputDirectory) to another folder; or, if the Maven site plugin "
                + "wrote this folder, set the property maven.site.skip to true so that the guide is the site.";
    }

    @Override
    void run(BuildRequest request) {
        Optional<BuildResult> built = force
                ? Optional.of(GuideBuilder.build(request, outputDirectory.toPath()))
                : GuideBuilder.buildIfChanged(request, outputDirectory.toPath(), stampFile());
        if (built.isEmpty()) {
            getLog().info("The guide in " + outputDirectory + " is up to date: no input changed since the last build.");
            return;
        }
        warn(built.get().warnings());
        getLog().info("Built the guide: " + built.get().pages() + " pages (" + built.get().files() + " files) into "
                + outputDirectory);
    }
}
