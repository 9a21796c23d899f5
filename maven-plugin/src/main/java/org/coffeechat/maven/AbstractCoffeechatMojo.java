package org.coffeechat.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.output.OutputException;

/**
 * What every coffeechat goal shares: the inputs (content, site, theme), the strict switch,
 * {@code coffeechat.skip}, and the mapping of outcomes to Maven: a mistake in
 * the user's files fails the build ({@link MojoFailureException}) with every
 * {@code path:line:col: message}; anything else is an error of coffeechat ({@link MojoExecutionException}).
 */
abstract class AbstractCoffeechatMojo extends AbstractMojo {

    /** Skips the goal: nothing is read, checked or written. */
    @Parameter(property = "coffeechat.skip", defaultValue = "false")
    boolean skip;

    /**
     * The content folder: the guide's Markdown pages, question bank, outreach templates, etiquette
     * and FAQ. When it is left at its default and {@code content/} does not exist, the built-in
     * content is used; a folder that is configured explicitly must exist.
     */
    @Parameter(property = "coffeechat.contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /**
     * The site folder: {@code site.yaml} (title, organization, base URL, theme, logo, colours,
     * navigation, locale, guidance settings) and optional {@code templates/} and {@code static/}
     * folders that override the theme's. Without a {@code site.yaml} the built-in settings apply.
     */
    @Parameter(property = "coffeechat.siteDirectory", defaultValue = "${project.basedir}")
    File siteDirectory;

    /**
     * A theme folder (with {@code templates/} and optionally {@code static/}), overriding the
     * theme that {@code site.yaml} names. When it is left at its default and {@code theme/} does
     * not exist, the theme {@code site.yaml} names is used (the built-in default unless it names
     * another); a folder that is configured explicitly must exist.
     */
    @Parameter(property = "coffeechat.themeDirectory", defaultValue = "${project.basedir}/theme")
    File themeDirectory;

    /** Fails the build on warnings too (for example an outreach draft over its length limit), not only on errors. */
    @Parameter(property = "coffeechat.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** The project folder, against which the default folders are resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** This execution of the goal: its goal and id name messages and stamp files. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping coffeechat:" + goal() + " (coffeechat.skip is set).");
            return;
        }
        try {
            run(request());
        } catch (InvalidInputException e) {
            throw new MojoFailureException(invalid(e));
        } catch (OutputException e) {
            throw new MojoFailureException(e.getMessage() + outputHint(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("coffeechat:" + goal() + " failed: " + e + ". This is a bug in "
                    + "coffeechat, not in your files; please report it with the build log.", e);
        }
    }

    /** Makes this goal's one call into the library and reports the outcome. */
    abstract void run(BuildRequest request) throws MojoFailureException;

    /** What to add, in Maven terms, to a message saying the output folder cannot be written. */
    String outputHint() {
        return "";
    }

    /** The goal's name, for messages. */
    final String goal() {
        return mojoExecution.getGoal();
    }

    final void warn(List<Diagnostic> warnings) {
        warnings.forEach(w -> getLog().warn(w.toString()));
    }

    /** The inputs as the library takes them. */
    BuildRequest request() throws MojoFailureException {
        BuildRequest request = BuildRequest.defaults().strict(failOnWarnings).withSite(siteDirectory.toPath());
        Optional<Path> content = folder("contentDirectory", contentDirectory, "content");
        if (content.isPresent()) {
            request = request.withContent(content.get());
        }
        Optional<Path> theme = folder("themeDirectory", themeDirectory, "theme");
        if (theme.isPresent()) {
            request = request.withTheme(theme.get());
        }
        return request;
    }

    /** A configured folder; empty when it is the default and absent, a failure when configured and absent. */
    final Optional<Path> folder(String parameter, File configured, String defaultName) throws MojoFailureException {
        if (configured.isDirectory()) {
            return Optional.of(configured.toPath());
        }
        if (configured.getAbsoluteFile().toPath().normalize().equals(basedir.toPath().resolve(defaultName).normalize())) {
            return Optional.empty();
        }
        throw new MojoFailureException(parameter + " " + configured + " is not a folder (leave " + parameter
                + " out to use the default)");
    }

    /** The day plans are made for: {@code day} (YYYY-MM-DD) when given, else the current day. */
    static LocalDate day(String parameter, String day) throws MojoFailureException {
        if (day == null || day.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException(parameter + " must be a date written YYYY-MM-DD, such as 2026-03-01; found '"
                    + day + "'", e);
        }
    }

    private static String invalid(InvalidInputException e) {
        long errors = e.errorCount();
        long warnings = e.diagnostics().size() - errors;
        StringBuilder message = new StringBuilder("coffeechat found ")
                .append(errors > 0 ? count(errors, "error") : "")
                .append(errors > 0 && warnings > 0 ? " and " : "")
                .append(warnings > 0 ? count(warnings, "warning") : "")
                .append(errors == 0 ? " (failOnWarnings is on)" : "")
                .append(':');
        e.diagnostics().forEach(d -> message.append(System.lineSeparator()).append(d));
        return message.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
