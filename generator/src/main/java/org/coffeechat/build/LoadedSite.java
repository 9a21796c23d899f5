package org.coffeechat.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coffeechat.config.Guidance;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.content.ContentFiles;
import org.coffeechat.content.ContentLoader;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Content;
import org.coffeechat.render.TemplateEngine;

/**
 * A site that loaded and passed every check: ready to render. Immutable, and safe to share between
 * the threads of a cohort.
 */
public final class LoadedSite {

    /**
     * How many distinct guidances a site keeps read. A cohort shares a few; one whose students set
     * many different values would otherwise keep a copy of the etiquette per value for the whole
     * run, in a packets heap of fixed size. Beyond this the etiquette is read again for each ask.
     */
    static final int GUIDANCES_KEPT = 32;

    private final SiteConfig config;
    private final Content content;
    private final ContentFiles contentFiles;
    private final TemplateEngine templates;
    private final List<Path> staticRoots;
    private final List<Diagnostic> warnings;
    /** The site as loaded, whose config holds the guidance; a site read with other guidance points at it. */
    private final LoadedSite root;
    /**
     * The site as other guidance reads it, made once per distinct guidance (a cohort shares a few).
     * Only the root holds one; a derived site's is null.
     */
    private final Map<Guidance, LoadedSite> withGuidance;
    /** The packet renderer, made on first use ({@link #printer}); only the root holds one. */
    private volatile PrintedPacket printer;

    /**
     * @param contentFiles the content folder the content was read from (other guidance reads parts of it again)
     * @param staticRoots  folders whose files are copied to the site root, later ones winning
     * @param warnings     problems that did not stop the build
     */
    public LoadedSite(SiteConfig config, Content content, ContentFiles contentFiles, TemplateEngine templates,
                      List<Path> staticRoots, List<Diagnostic> warnings) {
        this(config, content, contentFiles, templates, staticRoots, warnings, null);
    }

    private LoadedSite(SiteConfig config, Content content, ContentFiles contentFiles, TemplateEngine templates,
                       List<Path> staticRoots, List<Diagnostic> warnings, LoadedSite root) {
        this.config = config;
        this.content = content;
        this.contentFiles = contentFiles;
        this.templates = templates;
        this.staticRoots = List.copyOf(staticRoots);
        this.warnings = List.copyOf(warnings);
        this.root = root == null ? this : root;
        this.withGuidance = root == null ? new ConcurrentHashMap<>() : null;
    }

    public SiteConfig config() {
        return config;
    }

    public Content content() {
        return content;
    }

    public ContentFiles contentFiles() {
        return contentFiles;
    }

    public TemplateEngine templates() {
        return templates;
    }

    public List<Path> staticRoots() {
        return staticRoots;
    }

    public List<Diagnostic> warnings() {
        return warnings;
    }

    /**
     * The renderer of this site's PDF packets (its theme's print settings, fonts and logo), made
     * the first time it is asked for and shared by every site read with other guidance.
     *
     * @throws org.coffeechat.diag.InvalidInputException when the print settings, a font or the logo cannot be used
     */
    public PrintedPacket printer() {
        if (root != this) {
            return root.printer();
        }
        PrintedPacket made = printer;
        if (made == null) {
            synchronized (this) {
                made = printer;
                if (made == null) {
                    made = new PrintedPacket(this);
                    printer = made;
                }
            }
        }
        return made;
    }

    /**
     * The site as {@code guidance} reads it: a student's own settings change the numbers the
     * etiquette quotes and the rules whose {@code when:} holds ({@code thankYouWithinHours},
     * {@code resume}...), so the etiquette is read again with those values; everything else is
     * shared. The folder was checked when the site loaded, so reading it again finds no new
     * problem. Each distinct guidance is read once, however many profiles of a cohort choose it,
     * for the first {@value #GUIDANCES_KEPT} distinct guidances; any further one is read afresh
     * each time it is asked for and not kept.
     * A site that was itself read with other guidance answers as the site it came from: asking it
     * for the site's own guidance gives that site back.
     */
    public LoadedSite withGuidance(Guidance guidance) {
        if (root != this) {
            return root.withGuidance(guidance);
        }
        if (guidance.equals(config.guidance())) {
            return this;
        }
        LoadedSite kept = withGuidance.get(guidance);
        if (kept != null) {
            return kept;
        }
        if (withGuidance.size() >= GUIDANCES_KEPT) {
            return readWith(guidance);
        }
        // Threads that pass the size check together may each add one: the bound holds to within the thread count.
        return withGuidance.computeIfAbsent(guidance, this::readWith);
    }

    private LoadedSite readWith(Guidance guidance) {
        Content personal = new Content(content.home(), content.sections(), content.categories(),
                content.questions(), content.templates(),
                ContentLoader.etiquette(contentFiles, guidance, new Diagnostics()), content.faq());
        return new LoadedSite(config, personal, contentFiles, templates, staticRoots, warnings, this);
    }
}
