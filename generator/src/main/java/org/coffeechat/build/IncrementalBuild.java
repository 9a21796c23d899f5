package org.coffeechat.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.config.SiteConfigLoader;
import org.coffeechat.content.ContentFiles;
import org.coffeechat.content.ContentLoader;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.links.SiteLinks;
import org.coffeechat.model.Content;
import org.coffeechat.model.Urls;
import org.coffeechat.output.MemoryOutput;
import org.coffeechat.render.OutputFormat;
import org.coffeechat.render.TemplateResolver;
import org.coffeechat.search.SearchIndex;
import org.coffeechat.validate.ContentValidator;
import org.coffeechat.view.PageKind;
import org.coffeechat.view.PageToRender;
import org.coffeechat.view.ViewBuilder;

/**
 * The guide website built into memory and kept up to date as its files change: the engine of
 * {@code coffeechat serve}. It runs the same phases as {@link GuideBuilder} (config, content,
 * theme, validation, rendering, link check, search index) but after a change runs each only as
 * far as the change reaches: a content file is loaded again on its own
 * ({@link ContentLoader#reload}), only the pages {@link RebuildPlan} names are rendered again, a
 * template renders again the pages whose template uses it, and {@code site.yaml} starts over.
 *
 * <p>While the files have errors the last good site stays as it was and {@link #problems} says
 * what is wrong; the next good change brings everything the failed ones touched up to date. Not
 * thread-safe: one thread applies changes; {@link #files} may be read from any thread.
 */
public final class IncrementalBuild {

    private final BuildRequest request;
    private final ContentFiles contentFiles;

    private SiteConfig config;
    private List<Diagnostic> configProblems = List.of();
    private Content content;
    /** Problems of loading each content file, by the file's display path. */
    private final Map<String, Set<Diagnostic>> contentProblems = new TreeMap<>();
    private GuideBuilder.Theme theme;
    private List<Diagnostic> themeProblems = List.of();
    private List<Diagnostic> checkProblems = List.of();
    /** The content, config and theme {@link #checkProblems} were found in: the same ones need no second check. */
    private Checked checked;
    /** Problems of the last render: pages that failed to render, broken links. Found again by each render. */
    private List<Diagnostic> renderProblems = List.of();

    /** The site as last rendered without errors, and what it was rendered from. */
    private final Map<String, byte[]> site = new ConcurrentHashMap<>();
    private final Map<String, byte[]> published = Collections.unmodifiableMap(site);
    /** Whether the search index is behind the content (see {@link #updateSearchIndex}). */
    private boolean searchBehind;
    /** The config, content and theme the published site was rendered from (null before the first good render). */
    private volatile LoadedSite renderedSite;
    private SiteLinks links;
    private final SearchIndex search = new SearchIndex();
    private Map<String, Path> statics = Map.of();

    /** What changed since the site was last rendered without errors. */
    private boolean dirtyAll = true;
    private final Set<String> dirtyTemplates = new TreeSet<>();
    /** Pages rendered by an attempt that then failed: their recorded links are not the site's. */
    private final Set<String> dirtyPages = new TreeSet<>();
    private boolean dirtyStatics = true;

    /** The pages that list the whole guide: with {@link #listsLater}, rendered after the others. */
    private static final Set<String> LISTS = Set.of(Urls.HOME, Urls.STEPS, Urls.SITEMAP);
    private boolean listsLater;

    /**
     * What one call to {@link #update} did.
     *
     * @param changes  the changes that concern the site (files no build reads left out)
     * @param rendered the site paths of the pages rendered again and published, sorted (none when it failed)
     * @param written  the files whose bytes changed, sorted: what an open page may need to load again
     * @param removed  the files no longer part of the site, sorted
     * @param ok       whether the files as they are now build without errors
     * @param problems every problem of the files as they are now
     */
    public record Update(List<Change> changes, Set<String> rendered, Set<String> written, Set<String> removed,
                         boolean ok, List<Diagnostic> problems, Duration took, String summary) {
        public Update {
            changes = List.copyOf(changes);
            rendered = sorted(rendered);
            written = sorted(written);
            removed = sorted(removed);
            problems = List.copyOf(problems);
        }

        private static Set<String> sorted(Set<String> paths) {
            return Collections.unmodifiableSortedSet(new TreeSet<>(paths));
        }
    }

    private IncrementalBuild(BuildRequest request) {
        this.request = request;
        this.contentFiles = GuideBuilder.contentFiles(request);
    }

    /** Loads and renders the whole site. Invalid files do not stop it: see {@link #ok} and {@link #problems}. */
    public static IncrementalBuild start(BuildRequest request) {
        IncrementalBuild build = new IncrementalBuild(request);
        build.loadEverything();
        build.render(List.of(), System.nanoTime());
        return build;
    }

    /** The files of the last site rendered without errors, by site path (empty if there was none yet). */
    public Map<String, byte[]> files() {
        return published;
    }

    /**
     * The config, content and theme of the site as last rendered without errors, for what is built
     * beside it (the personal guide the preview shows); empty while there was no good build yet.
     */
    public Optional<LoadedSite> site() {
        return Optional.ofNullable(renderedSite);
    }

    /**
     * With {@code true}, an update that renders other pages too leaves the pages that list the whole
     * guide (the home page, the steps index, the sitemap: on a large guide the slowest to render and
     * to check) for {@link #renderLater}, so the page that was saved is published first. Not when
     * pages are added, removed or reordered: then everything is rendered together.
     */
    public void listsLater(boolean on) {
        listsLater = on;
    }

    /**
     * Renders the pages the last update left for later (see {@link #listsLater}).
     *
     * @return what it did; nothing rendered when no page was waiting
     */
    public Update renderLater() {
        if (dirtyPages.isEmpty() || !ok()) {
            return new Update(List.of(), Set.of(), Set.of(), Set.of(), ok(), problems(), Duration.ZERO, "nothing to do");
        }
        return render(List.of(), System.nanoTime());
    }

    /** Whether the files as they are now build without errors. */
    public boolean ok() {
        return problems().stream().noneMatch(d -> d.isError() || request.strict());
    }

    /** Every problem of the files as they are now, sorted. */
    public List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(configProblems);
        contentProblems.values().forEach(all::addAll);
        all.addAll(themeProblems);
        all.addAll(checkProblems);
        all.addAll(renderProblems);
        return all.stream().distinct().sorted().toList();
    }

    /** The folders this build reads (and the preview watches), as the site config names them now. */
    public SiteFolders folders() {
        Optional<Path> themeDir = GuideBuilder.themeFolder(request, config, new Diagnostics());
        return new SiteFolders(request.content(), request.site(), themeDir, List.of());
    }

    /**
     * Brings the site up to date with files that changed (were written, created or deleted).
     *
     * @param changed the changed files, as the watcher reported them
     */
    public Update update(Collection<Path> changed) {
        long start = System.nanoTime();
        SiteFolders folders = folders();
        List<Change> changes = new ArrayList<>();
        for (Path file : new TreeSet<>(changed)) {
            Change change = folders.classify(file);
            boolean relevant = switch (change.kind()) {
                case IGNORED, PROFILE -> false;
                case CONTENT -> isContent(change.path());
                default -> true;
            };
            if (relevant) {
                changes.add(change);
            }
        }
        if (changes.isEmpty()) {
            return new Update(List.of(), Set.of(), Set.of(), Set.of(), ok(), problems(), Duration.ZERO, "nothing to do");
        }
        boolean config = changes.stream().anyMatch(c -> c.kind() == Change.Kind.SITE_CONFIG);
        if (config) {
            loadEverything();
        } else {
            List<Change> contentChanges = changes.stream().filter(c -> c.kind() == Change.Kind.CONTENT).toList();
            if (!contentChanges.isEmpty()) {
                reloadContent(contentChanges);
            }
            boolean templates = changes.stream().anyMatch(c -> c.kind() == Change.Kind.TEMPLATE);
            boolean staticFiles = changes.stream().anyMatch(c -> c.kind() == Change.Kind.STATIC);
            if (templates || staticFiles) {
                loadTheme();
            }
            changes.stream().filter(c -> c.kind() == Change.Kind.TEMPLATE).forEach(c -> dirtyTemplates.add(c.path()));
            dirtyStatics |= staticFiles;
        }
        return render(changes, start);
    }

    /**
     * Writes the search index again if the content changed since it was last written. {@link #update}
     * leaves this for later because no page waits for it: the preview calls it once the open pages
     * were told about the update.
     *
     * @return whether the index changed
     */
    public boolean updateSearchIndex() {
        if (!searchBehind) {
            return false;
        }
        searchBehind = false;
        byte[] index = search.script(renderedSite.content());
        byte[] before = site.put(SearchIndex.INDEX, index);
        return before == null || !Arrays.equals(before, index);
    }

    /** Loads and renders everything again: for when the watcher lost track of what changed. */
    public Update updateEverything() {
        long start = System.nanoTime();
        loadEverything();
        return render(List.of(new Change(Change.Kind.SITE_CONFIG, "(everything)")), start);
    }

    /**
     * Whether a changed path of the content folder is, or was, content: a Markdown or YAML file or a
     * folder, or something a record was loaded from. Not the temporary files editors and tools write
     * beside the file they save and rename over it.
     */
    private boolean isContent(String path) {
        Path file = contentFiles.root().resolve(path);
        if (Files.isDirectory(file)) {
            return true;
        }
        if (Files.exists(file)) {
            return path.endsWith(".md") || path.endsWith(".yaml") || path.endsWith(".yml");
        }
        String display = contentFiles.display(file);
        return sources().anyMatch(p -> p.equals(display) || p.startsWith(display + "/"));
    }

    /** The display paths of the files the content was loaded from. */
    private Stream<String> sources() {
        Content c = content;
        return Stream.of(Stream.of(c.home().source()),
                c.sections().stream().flatMap(s -> Stream.concat(Stream.of(s.source()), s.pages().stream().map(p -> p.source()))),
                c.categories().stream().map(x -> x.source()), c.questions().stream().map(x -> x.source()),
                c.templates().stream().map(x -> x.source()), c.etiquette().stream().map(x -> x.source()),
                c.faq().stream().map(x -> x.source())).flatMap(x -> x).map(SourceLocation::path);
    }

    // ---- loading --------------------------------------------------------------------------

    private void loadEverything() {
        Diagnostics configDiagnostics = new Diagnostics();
        config = SiteConfigLoader.load(request.site(), Paths::display, configDiagnostics);
        configProblems = configDiagnostics.sorted();
        links = new SiteLinks(Urls.NOT_FOUND, GuideBuilder.hostPath(config));
        loadAllContent();
        loadTheme();
        dirtyAll = true;
        dirtyStatics = true;
    }

    private void loadAllContent() {
        Diagnostics problems = new Diagnostics();
        content = ContentLoader.load(contentFiles, config.guidance(), problems);
        contentProblems.clear();
        for (Diagnostic d : problems.sorted()) {
            contentProblems.computeIfAbsent(d.location().path(), k -> new TreeSet<>()).add(d);
        }
    }

    private void reloadContent(List<Change> changes) {
        for (Change change : changes) {
            Diagnostics problems = new Diagnostics();
            Optional<Content> reloaded = ContentLoader.reload(content, contentFiles, config.guidance(), change.path(), problems);
            if (reloaded.isEmpty()) {
                loadAllContent();
                return;
            }
            content = reloaded.get();
            contentProblems.remove(contentFiles.display(contentFiles.root().resolve(change.path())));
            for (Diagnostic d : problems.sorted()) {
                contentProblems.computeIfAbsent(d.location().path(), k -> new TreeSet<>()).add(d);
            }
        }
    }

    private void loadTheme() {
        Diagnostics problems = new Diagnostics();
        theme = GuideBuilder.theme(request, config, problems);
        themeProblems = problems.sorted();
    }

    private boolean hasErrors() {
        return !ok();
    }

    // ---- rendering ------------------------------------------------------------------------

    /** What a check looked at; the model is immutable, so the same objects give the same problems. */
    private record Checked(Content content, SiteConfig config, GuideBuilder.Theme theme) {
        boolean sameAs(Checked other) {
            return other != null && content == other.content && config == other.config && theme == other.theme;
        }
    }

    private Update render(List<Change> changes, long start) {
        Phases phases = new Phases(start);
        phases.end("load");
        boolean loaded = configProblems.stream().noneMatch(Diagnostic::isError)
                && contentProblems.values().stream().flatMap(Set::stream).noneMatch(Diagnostic::isError);
        Diagnostics checks = new Diagnostics();
        Checked inputs = new Checked(content, config, theme);
        renderProblems = List.of();
        if (!loaded) {
            checkProblems = List.of();
            checked = null;
        } else if (!inputs.sameAs(checked)) {
            ContentValidator.validate(content, config, GuideBuilder.templateAnchors(theme.sources()), checks);
            checkProblems = checks.sorted();
            checked = inputs;
        }
        phases.end("check");
        if (hasErrors()) {
            return new Update(changes, Set.of(), Set.of(), Set.of(), false, problems(), since(start),
                    "not rebuilt: the files have errors");
        }

        // Which pages to render: everything after a config change, else what content and templates touched.
        Set<String> all = new TreeSet<>();
        Set<String> wanted = new TreeSet<>();
        Set<String> kinds = dirtyKinds();
        LoadedSite last = renderedSite;
        boolean everything = dirtyAll || last == null;
        Set<String> touched = everything ? Set.of() : RebuildPlan.pages(last.content(), content);
        List<PageToRender> pages = ViewBuilder.pages(content, config, url -> {
            all.add(url);
            boolean yes = everything || touched.contains(url) || dirtyPages.contains(url)
                    || kinds.contains(GuideBuilder.kindOf(url).name());
            if (yes) {
                wanted.add(url);
            }
            return yes;
        });
        LoadedSite loadedSite = new LoadedSite(config, content, contentFiles, theme.engine(), theme.statics(), List.of());
        Set<String> later = new TreeSet<>();
        if (listsLater && !everything && !touched.contains(Urls.SITEMAP) && !LISTS.containsAll(wanted)) {
            wanted.stream().filter(LISTS::contains).forEach(later::add);
            wanted.removeAll(later);
            pages = pages.stream().filter(p -> !later.contains(p.url())).toList();
        }
        MemoryOutput out = new MemoryOutput();
        Diagnostics failures = new Diagnostics();
        pages.parallelStream().forEach(page -> {
            try {
                GuideBuilder.renderPage(loadedSite, page, links, out);
            } catch (InvalidInputException e) {
                failures.addAll(e.diagnostics());
            }
        });
        phases.end("render");
        Set<String> removed = new TreeSet<>();
        for (String path : site.keySet()) {
            if (path.endsWith(".html") && !all.contains(path) && !statics.containsKey(path)) {
                removed.add(path);
            }
        }
        removed.forEach(links::remove);
        Map<String, byte[]> written = new LinkedHashMap<>(out.files());
        if (everything) {
            written.putAll(search.files(content));
        }
        boolean searchStale = !everything && last.content() != content;
        if (dirtyStatics || everything) {
            Map<String, Path> now = GuideBuilder.staticFiles(theme.statics());
            for (String path : statics.keySet()) {
                if (!now.containsKey(path)) {
                    removed.add(path);
                }
            }
            now.forEach((path, file) -> written.put(path, GuideBuilder.read(file)));
            statics = now;
        }
        phases.end("search and static files");
        Set<String> files = new HashSet<>(site.keySet());
        files.removeAll(removed);
        files.addAll(written.keySet());
        Set<String> touchedFiles = new HashSet<>(written.keySet());
        touchedFiles.addAll(removed);
        links.checkChanged(files, touchedFiles, theme.sources(), failures);
        phases.end("links");
        if (failures.hasErrors()) {
            renderProblems = failures.sorted();
            dirtyPages.addAll(wanted);
            dirtyPages.addAll(later);
            return new Update(changes, Set.of(), Set.of(), Set.of(), false, problems(), since(start),
                    "not rebuilt: the files have errors");
        }

        // Everything rendered: make it the site.
        Set<String> changedPaths = new TreeSet<>();
        written.forEach((path, bytes) -> {
            byte[] before = site.put(path, bytes);
            if (before == null || !Arrays.equals(before, bytes)) {
                changedPaths.add(path);
            }
        });
        removed.forEach(site::remove);
        searchBehind |= searchStale;
        phases.end("publish");
        renderedSite = loadedSite;
        dirtyAll = false;
        dirtyTemplates.clear();
        dirtyPages.clear();
        dirtyPages.addAll(later);
        dirtyStatics = false;
        String summary = pages.isEmpty() && changedPaths.isEmpty() && removed.isEmpty() ? "the site is as it was"
                : "rendered " + pages.size() + (pages.size() == 1 ? " page" : " pages")
                + (!pages.isEmpty() && pages.size() <= 3 ? " (" + String.join(", ", wanted) + ")" : "")
                + ", " + changedPaths.size() + " changed file" + (changedPaths.size() == 1 ? "" : "s")
                + (removed.isEmpty() ? "" : ", " + removed.size() + " removed")
                + (later.isEmpty() ? "" : "; then " + String.join(", ", later)) + " " + phases;
        return new Update(changes, wanted, changedPaths, removed, true, problems(), since(start), summary);
    }

    /** The page kinds (by enum name) whose template uses a template that changed. */
    private Set<String> dirtyKinds() {
        Set<String> out = new TreeSet<>();
        for (PageKind kind : PageKind.values()) {
            String name = TemplateResolver.templateName(kind, kind == PageKind.SITEMAP ? OutputFormat.XML : OutputFormat.HTML);
            List<String> uses = theme.sources().uses(name);
            if (dirtyTemplates.stream().anyMatch(uses::contains)) {
                out.add(kind.name());
            }
        }
        return out;
    }

    /** How long each phase of an update took, for the log. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long last;

        Phases(long start) {
            last = start;
        }

        void end(String phase) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "(" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text + ")";
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
