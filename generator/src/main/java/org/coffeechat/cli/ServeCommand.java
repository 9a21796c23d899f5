package org.coffeechat.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.coffeechat.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coffeechat serve}: the live preview. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the guide into memory and serves it at http://127.0.0.1:PORT/. Every save of a "
                + "content file, template, static file or site.yaml rebuilds what it touched and reloads the open "
                + "page; problems are printed here and shown over the page until fixed. With --profile, the student's "
                + "personal guide is served too, at /__coffeechat/personal/, and made again at each save of the profile. "
                + "Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs = new InputOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only). "
                    + "--bind 0.0.0.0 shows the preview to every machine that can reach this one.")
    String bind;

    @Option(names = "--profile", paramLabel = "FILE", description = "A student's profile: its personal guide is "
            + "previewed too, at /__coffeechat/personal/ (never part of the site).")
    Path profile;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day the personal guide plans for "
            + "(default: today).")
    LocalDate today;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("coffeechat: --bind: unknown address '" + bind + "'");
            return Main.INVALID;
        }
        if (port < 0 || port > 65_535) {
            err.println("coffeechat: --port must be between 0 and 65535, found " + port);
            return Main.INVALID;
        }
        if (profile != null && !Files.isRegularFile(profile)) {
            err.println("coffeechat: --profile: no such file: " + profile + " (make one with 'coffeechat new-profile')");
            return Main.INVALID;
        }
        Preview preview;
        try {
            preview = Preview.start(new Preview.Options(inputs.request(), address, port, Optional.ofNullable(profile),
                    today != null ? today : LocalDate.now()), out);
        } catch (UncheckedIOException e) {
            err.println("coffeechat: cannot listen on " + bind + ":" + port + ": " + e.getCause().getMessage()
                    + " (choose another port with --port)");
            return Main.INVALID;
        }
        if (address.isAnyLocalAddress()) {
            err.println("coffeechat: serving on every network interface: anyone who can reach this computer can see "
                    + "the preview" + (profile != null ? ", the personal guide included." : "."));
        }
        out.println("Serving the guide at " + preview.address() + " (watching " + preview.watched().size()
                + (preview.watched().size() == 1 ? " folder" : " folders") + "). Press Ctrl+C to stop.");
        preview.personalAddress().ifPresent(a -> out.println("The personal guide of " + profile + " is at " + a
                + " (only in the preview: it is never part of the site)."));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "coffeechat-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
        return Main.OK;
    }
}
