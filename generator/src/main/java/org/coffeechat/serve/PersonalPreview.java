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
import java.util.concurrent.atomic.AtomicInteger;
import org.coffeechat.build.LoadedPacket;
import org.coffeechat.build.LoadedSite;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.model.Category;
import org.coffeechat.model.EtiquetteItem;
import org.coffeechat.model.OutreachTemplate;
import org.coffeechat.model.Question;
import org.coffeechat.output.MemoryOutput;
import org.coffeechat.render.TemplateEngine;

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
    /** What the guide was last made from, or null before the first time. */
    private Inputs madeFrom;
    private final AtomicInteger made = new AtomicInteger();

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
     * Makes the personal guide again from the profile as it is now and {@code site}, unless it was
     * last made from the same inputs of the site and the profile was not saved since: a save of a
     * step page, the home page or the FAQ (none of which the personal guide shows) makes nothing.
     *
     * @param site         the site as last built without errors, or empty when there was none yet
     * @param profileSaved whether the profile may have changed since the guide was last made
     * @return the served paths ({@value #PATH}...) whose bytes changed or went away, sorted; empty
     *         when nothing was made (no site yet, or the guide made last still holds)
     */
    Optional<Set<String>> rebuild(Optional<LoadedSite> site, boolean profileSaved) {
        if (site.isEmpty()) {
            return Optional.empty();
        }
        Inputs inputs = Inputs.of(site.get());
        if (!profileSaved && inputs.same(madeFrom)) {
            return Optional.empty();
        }
        madeFrom = inputs;
        made.incrementAndGet();
        Set<String> changed = new TreeSet<>();
        MemoryOutput out = new MemoryOutput();
        try {
            LoadedPacket packet = PacketBuilder.load(site.get(), profile, today, buildTime, strict,
                    PacketBuilder.checkGuideTemplates(site.get()));
            PacketBuilder.renderGuide(packet, out);
        } catch (InvalidInputException e) {
            problems = e.diagnostics();
            return Optional.of(changed);
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
        return Optional.of(changed);
    }

    /** How many times the personal guide was made (a test's window on {@link #rebuild} skipping). */
    int made() {
        return made.get();
    }

    /** The address path (without the leading slash) a file of the personal guide is served at. */
    static String served(String path) {
        return PATH.substring(1) + path;
    }

    /**
     * What of a site the personal guide is made from: the content's categories, questions, outreach
     * templates and etiquette, the site config, the template engine (a new one whenever a template or
     * a static file changed) and the static folders. A build keeps each as the very same object
     * until its file changes, so they are compared by identity.
     */
    private record Inputs(List<Category> categories, List<Question> questions, List<OutreachTemplate> templates,
                          List<EtiquetteItem> etiquette, SiteConfig config, TemplateEngine engine, List<Path> statics) {

        static Inputs of(LoadedSite site) {
            return new Inputs(site.content().categories(), site.content().questions(), site.content().templates(),
                    site.content().etiquette(), site.config(), site.templates(), site.staticRoots());
        }

        boolean same(Inputs other) {
            return other != null && categories == other.categories && questions == other.questions
                    && templates == other.templates && etiquette == other.etiquette && config == other.config
                    && engine == other.engine && statics.equals(other.statics);
        }
    }
}
