package org.coffeechat.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PacketWarmUpTest {

    @Test
    void runsItsWorkOnADaemonThreadOfItsOwnAndJoinWaitsForIt() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        PacketWarmUp warmUp = PacketWarmUp.start(() -> {
            sleep(50);
            ran.set(Thread.currentThread());
        });
        warmUp.join();
        assertThat(ran.get()).isNotNull().isNotSameAs(Thread.currentThread());
        assertThat(ran.get().isDaemon()).isTrue();
        assertThat(ran.get().getName()).isEqualTo("coffeechat-warm-up");
    }

    @Test
    void joinThrowsWhatWentWrongAsItWasNotWrapped() {
        UncheckedIOException missingFont = new UncheckedIOException("cannot read the font", new IOException("gone"));
        PacketWarmUp warmUp = PacketWarmUp.start(() -> {
            throw missingFont;
        });
        assertThatThrownBy(warmUp::join).isSameAs(missingFont);
    }

    @Test
    void theRealWarmUpLoadsTheFontsAndTheSchemaWithoutError() {
        PacketWarmUp.start().join();
        assertThat(org.coffeechat.pdf.BuiltInFonts.fallback()).hasSize(11);
        assertThat(org.coffeechat.profile.ProfileSchema.get().text()).contains("\"student\"");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
