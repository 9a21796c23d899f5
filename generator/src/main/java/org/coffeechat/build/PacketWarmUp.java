package org.coffeechat.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.coffeechat.pdf.BuiltInFonts;
import org.coffeechat.profile.ProfileSchema;

/**
 * Loads, on a thread of its own, what every packet needs and no site changes: the built-in fonts
 * (about 11 MB, most of it the CJK font, parsed once per JVM) and the profile schema. A packets
 * run starts it before it loads the site, so on a machine with two cores the two overlap instead
 * of adding up; {@link #join} waits for it before the first packet.
 */
final class PacketWarmUp {

    private final CompletableFuture<Void> done;

    private PacketWarmUp(CompletableFuture<Void> done) {
        this.done = done;
    }

    static PacketWarmUp start() {
        return start(() -> {
            BuiltInFonts.fallback();
            ProfileSchema.get();
        });
    }

    /** Runs {@code work} on a daemon thread of its own. */
    static PacketWarmUp start(Runnable work) {
        return new PacketWarmUp(CompletableFuture.runAsync(work, task -> {
            Thread t = new Thread(task, "coffeechat-warm-up");
            t.setDaemon(true);
            t.start();
        }));
    }

    /** Waits until the fonts and the schema are loaded; what went wrong there is thrown here, as it was. */
    void join() {
        try {
            done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}
