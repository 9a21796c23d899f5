package org.coffeechat.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that writes files, and skips the work when nothing changed since its last successful build (unless forced). */
abstract class AbstractOutputMojo extends AbstractCoffeechatMojo {

    /**
     * Builds even when no input changed since the last successful build. Without it, a goal whose
     * inputs and settings are unchanged says so and does nothing.
     */
    @Parameter(property = "coffeechat.force", defaultValue = "false")
    boolean force;

    /** The project's build folder: where the goals keep the stamps of their last successful builds. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** The file in which this execution records the inputs of its last successful build. */
    final Path stampFile() {
        return buildDirectory.toPath().resolve("coffeechat-stamps")
                .resolve(goal() + "-" + mojoExecution.getExecutionId() + ".stamp");
    }
}
