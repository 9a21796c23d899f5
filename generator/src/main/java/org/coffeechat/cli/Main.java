package org.coffeechat.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code coffeechat}: builds informational-interview guides and prep packets. */
@Command(name = "coffeechat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds an informational-interview guide website from curated content.",
        subcommands = {BuildCommand.class, ValidateCommand.class, LinksCommand.class, ServeCommand.class,
                NewProfileCommand.class, PacketCommand.class, PacketsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an internal failure (a bug: please report it)",
                "2:invalid input (the messages say which file, line and column) or wrong usage"},
        footer = {"", "Run 'coffeechat build' with no options to build the built-in guide."})
public final class Main implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a failure that is coffeechat's fault. */
    public static final int INTERNAL = 1;
    /** Exit code for invalid input or usage. */
    public static final int INVALID = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Libraries log through SLF4J; the command line has no logger, and says so only on errors.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The configured command line: streams, exit codes and error handlers, before it runs. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> INVALID);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("coffeechat: " + e.getMessage());
            err.println("Run 'coffeechat --help' for usage.");
            return INVALID;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("coffeechat: internal error: " + e);
            err.println("This is a bug in coffeechat, not in your files. Please report it with the command you ran"
                    + " (and, with COFFEECHAT_DEBUG=1 set, the trace it prints).");
            if (System.getenv("COFFEECHAT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        });
        return cli;
    }
}
