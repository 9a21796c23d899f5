package org.coffeechat.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.coffeechat.build.LoadedPacket;
import org.coffeechat.build.LoadedSite;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.output.MemoryOutput;

/**
 * The student's personal guide, as {@code coffeechat packet} makes it (without the PDF), built
 * into memory beside the previewed site and served under {@value #PATH}: never part of the site's
 * files. While the profile has errors the last guide that built stays served and
 * {@link #problems} says what is wrong.
 */
final class PersonalPreview {

    /** Where the personal guide is served, a path the site itself cannot use. */
    static final String PATH = PreviewServer.PREFIX + "personal/";

    private final Path profile;
    private final LocalDate today;
    private final Instant buildTime;
    private final boolean strict;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private volatile List<Diagnostic> problems = List.of();

    PersonalPreview(Path profile, LocalDate today, Instant buildTime, boolean strict) {
        this.profile = profile.toAbsolutePath().normalize();
        this.today = today;
        this.buildTime = buildTime;
        this.strict = strict;
    }

    /** The profile file previewed. */
    Path profile() {
        return profile;
    }

    /** The files of the last personal guide that built, by path inside it ({@code index.html}). */
    Map<String, byte[]> files() {
        return files;
    }

    /** The problems of the profile as it is now (errors, or warnings too when strict); empty when it built. */
    List<Diagnostic> problems() {
        return problems;
    }

    /**
     * Makes the personal guide again from the profile as it is now and {@code site}.
     *
     * @param site the site as last built without errors, or empty when there was none yet
     * @return the served paths ({@value #PATH}...) whose bytes changed or went away, sorted
     */
    Set<String> rebuild(Optional<LoadedSite> site) {
        Set<String> changed = new TreeSet<>();
        if (site.isEmpty()) {
            return changed;
        }
        MemoryOutput out = new MemoryOutput();
        try {
            LoadedPacket packet = PacketBuilder.load(site.get(), profile, today, buildTime, strict);
            PacketBuilder.renderGuide(packet, out);
        } catch (InvalidInputException e) {
            problems = e.diagnostics();
            return changed;
        }
        problems = List.of();
        Map<String, byte[]> now = out.files();
        now.forEach((path, bytes) -> {
            byte[] before = files.put(path, bytes);
            if (before == null || !Arrays.equals(before, bytes)) {
                changed.add(served(path));
            }
        });
        for (String path : Set.copyOf(files.keySet())) {
            if (!now.containsKey(path)) {
                files.remove(path);
                changed.add(served(path));
            }
        }
        return changed;
    }

    /** The address path (without the leading slash) a file of the personal guide is served at. */
    static String served(String path) {
        return PATH.substring(1) + path;
    }
}
