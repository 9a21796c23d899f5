package org.coffeechat.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.BuildTimestamp;

/**
 * A goal that writes files: it stamps them with the build timestamp, and skips the work when
 * nothing changed since its last successful build (unless forced).
 */
abstract class AbstractOutputMojo extends AbstractCoffeechatMojo {

    /**
     * The date stamped into outputs that carry one (a PDF's creation date, the "today" of a
     * student's plan), so that two builds of the same inputs give identical bytes: an ISO-8601
     * date-time such as {@code 2026-01-01T00:00:00Z}, or seconds since 1970. Defaults to the
     * project's {@code project.build.outputTimestamp}; when that is not set either, the
     * {@code SOURCE_DATE_EPOCH} environment variable is used.
     */
    @Parameter(property = "coffeechat.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /**
     * Builds even when no input changed since the last successful build. Without it, a goal whose
     * inputs and settings are unchanged says so and does nothing.
     */
    @Parameter(property = "coffeechat.force", defaultValue = "false")
    boolean force;

    /** The project's build folder: where the goals keep the stamps of their last successful builds. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    BuildRequest request() throws MojoFailureException {
        try {
            return super.request().withTimestamp(BuildTimestamp.resolve(outputTimestamp, System.getenv()));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The file in which this execution records the inputs of its last successful build. */
    final Path stampFile() {
        return buildDirectory.toPath().resolve("coffeechat-stamps")
                .resolve(goal() + "-" + mojoExecution.getExecutionId() + ".stamp");
    }
}
