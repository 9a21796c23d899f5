package org.coffeechat.personal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.LoadedPacket;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.build.PacketRequest;
import org.coffeechat.output.MemoryOutput;
import org.coffeechat.profile.TestProfiles;

/** The example site and profile, built once per test class on a fixed day and build date. */
final class ExampleGuide {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    private ExampleGuide() {
    }

    static Path site() {
        return TestProfiles.repoRoot().resolve("site");
    }

    static Path profile() {
        return site().resolve("profiles/example.yaml");
    }

    static PacketRequest request(Path profile) {
        return new PacketRequest(BuildRequest.defaults().withSite(site()), profile, TODAY, BUILT);
    }

    static LoadedPacket load() {
        return PacketBuilder.load(request(profile()));
    }

    /** The example guide's files, in memory. */
    static SortedMap<String, byte[]> files() {
        MemoryOutput out = new MemoryOutput();
        PacketBuilder.render(load(), out);
        return out.files();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
