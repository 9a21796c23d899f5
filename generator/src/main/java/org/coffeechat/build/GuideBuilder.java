package org.coffeechat.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.config.SiteConfigLoader;
import org.coffeechat.content.ContentFiles;
import org.coffeechat.content.ContentLoader;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.links.ExternalLinkChecker;
import org.coffeechat.links.ExternalLinks;
import org.coffeechat.links.SiteLinks;
import org.coffeechat.links.TemplateSources;
import org.coffeechat.model.Content;
import org.coffeechat.model.Urls;
import org.coffeechat.output.Output;
import org.coffeechat.output.StagedDirectory;
import org.coffeechat.print.PacketPdf;
import org.coffeechat.render.OutputFormat;
import org.coffeechat.render.TemplateEngine;
import org.coffeechat.render.TemplateModels;
import org.coffeechat.render.TemplateResolver;
import org.coffeechat.search.SearchIndex;
import org.coffeechat.validate.ContentValidator;
import org.coffeechat.view.PageKind;
import org.coffeechat.view.PageToRender;
import org.coffeechat.view.ViewBuilder;

/**
 * Builds the guide website: {@link #load} (config, content, theme; every check), then
 * {@link #render} (views, templates, files). {@link #build} does both into a folder, atomically.
 */
public final class GuideBuilder {

    private GuideBuilder() {
    }

    /** Builds the site into {@code outDir}, replacing what was there only if everything succeeded. */
    public static BuildResult build(BuildRequest request, Path outDir) {
        return build(request, outDir, Optional.empty());
    }

    /**
     * Builds the site into {@code outDir}; with a checker, also checks every external link before
     * the output is replaced, so a broken one leaves the previous output as it was.
     *
     * @throws InvalidInputException with every problem found, external links included
     */
    public static BuildResult build(BuildRequest request, Path outDir, Optional<ExternalLinkChecker> external) {
        LoadedSite site = load(request);
        try (StagedDirectory out = StagedDirectory.open(outDir)) {
            BuildResult result = render(site, out);
            external.ifPresent(checker -> checkExternal(checker, result));
            out.commit();
            return result;
        }
    }

    /**
     * Everything {@link #build} checks, the rendered pages' links included, without writing
     * anything; with a checker, the external links too.
     *
     * @throws InvalidInputException with every problem found
     */
    public static BuildResult check(BuildRequest request, Optional<ExternalLinkChecker> external) {
        BuildResult result = render(load(request), (path, bytes) -> { });
        external.ifPresent(checker -> checkExternal(checker, result));
        return result;
    }

    private static void checkExternal(ExternalLinkChecker checker, BuildResult result) {
        Diagnostics problems = new Diagnostics();
        checker.check(result.externalLinks(), problems);
        if (problems.hasErrors()) {
            List<Diagnostic> all = new ArrayList<>(problems.sorted());
            all.addAll(result.warnings());
            throw new InvalidInputException(all.stream().sorted().toList());
        }
    }

    /**
     * Builds like {@link #build}, unless nothing that build reads or is set to (see
     * {@link InputFingerprint}) changed since the last successful build recorded in {@code stampFile}
     * and {@code outDir} is still there.
     *
     * @return what was built, or empty when the output was already up to date and nothing was done
     */
    public static Optional<BuildResult> buildIfChanged(BuildRequest request, Path outDir, Path stampFile) {
        InputFingerprint inputs = InputFingerprint.of(request, outDir);
        BuildStamp stamp = BuildStamp.at(stampFile);
        if (stamp.isCurrent(inputs, outDir)) {
            return Optional.empty();
        }
        BuildResult result = build(request, outDir);
        stamp.record(inputs);
        return Optional.of(result);
    }

    /**
     * Reads and checks everything a build needs.
     *
     * @throws InvalidInputException with every problem found, if any is an error (or, when strict, a warning)
     */
    public static LoadedSite load(BuildRequest request) {
        Diagnostics problems = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(request.site(), Paths::display, problems);
        ContentFiles files = contentFiles(request);
        Content content = ContentLoader.load(files, config.guidance(), problems);
        boolean contentLoaded = !problems.hasErrors();
        Theme theme = theme(request, config, problems);
        if (contentLoaded) {
            ContentValidator.validate(content, config, templateAnchors(theme.sources()), problems);
        }
        if (problems.hasErrors() || (request.strict() && problems.hasWarnings())) {
            throw new InvalidInputException(problems.sorted());
        }
        return new LoadedSite(config, content, files, theme.engine(), theme.statics(),
                problems.sorted().stream().filter(d -> !d.isError()).toList());
    }

    /** The content folder a request names, or the built-in content. */
    static ContentFiles contentFiles(BuildRequest request) {
        return request.content()
                .map(dir -> new ContentFiles(dir.toAbsolutePath().normalize(), Paths.display(dir)))
                .orElseGet(() -> new ContentFiles(BuiltIn.content(), "(built-in)/content"));
    }

    /** The templates and static folders a build uses. */
    record Theme(TemplateEngine engine, TemplateSources sources, List<Path> statics) {
    }

    /**
     * Finds the theme, loads and checks every page template, and checks that the logo is in a
     * static folder; problems go to {@code problems}.
     */
    static Theme theme(BuildRequest request, SiteConfig config, Diagnostics problems) {
        Optional<Path> themeDir = themeFolder(request, config, problems);
        TemplateResolver resolver = new TemplateResolver(templateRoots(request, themeDir));
        TemplateEngine engine = new TemplateEngine(resolver);
        List<String> names = new ArrayList<>();
        for (PageKind kind : PageKind.values()) {
            names.add(TemplateResolver.templateName(kind, kind == PageKind.SITEMAP ? OutputFormat.XML : OutputFormat.HTML));
        }
        engine.check(names, problems);
        List<Path> statics = staticRoots(request, themeDir);
        config.logo().ifPresent(logo -> {
            boolean found = statics.stream().anyMatch(root -> Files.isRegularFile(root.resolve(logo)));
            if (!found) {
                problems.error(config.logoSource(), "logo '" + logo + "' is not in the site's or the theme's static/ folder");
            }
        });
        PacketPdf.checkLogo(config, statics, problems);
        return new Theme(engine, new TemplateSources(resolver), statics);
    }

    /**
     * Renders every page in parallel and copies the static files, all through {@code out}, then
     * checks every link of the rendered pages.
     *
     * @throws InvalidInputException when a template fails or writes a broken link
     */
    public static BuildResult render(LoadedSite site, Output out) {
        List<PageToRender> pages = ViewBuilder.pages(site.content(), site.config());
        SiteLinks links = new SiteLinks(Urls.NOT_FOUND, hostPath(site.config()));
        Set<String> written = ConcurrentHashMap.newKeySet();
        // A failing page must not end the loop early: the other pages would go on writing while
        // the caller discards the staging folder. Every page runs; failures are reported together.
        Diagnostics failures = new Diagnostics();
        pages.parallelStream().forEach(page -> {
            try {
                renderPage(site, page, links, out);
                written.add(page.url());
            } catch (InvalidInputException e) {
                failures.addAll(e.diagnostics());
            }
        });
        failures.throwIfErrors();
        Map<String, Path> statics = staticFiles(site.staticRoots());
        statics.forEach((relative, file) -> {
            out.write(relative, read(file));
            written.add(relative);
        });
        Map<String, byte[]> search = new SearchIndex().files(site.content());
        search.forEach((path, bytes) -> {
            out.write(path, bytes);
            written.add(path);
        });
        TemplateSources sources = new TemplateSources(site.templates().resolver());
        Diagnostics problems = new Diagnostics();
        links.check(written, sources, problems);
        problems.throwIfErrors();
        return new BuildResult(pages.size(), written.size(), site.warnings(),
                ExternalLinks.list(site.content(), site.config(), links, sources));
    }


    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The anchors the theme's templates write on each page whatever the content, so content may
     * link to them ({@code /outreach/#variables}).
     */
    static Function<String, Set<String>> templateAnchors(TemplateSources sources) {
        // Asked once per page; TemplateSources reads each template once.
        return url -> sources.staticIds(TemplateResolver.templateName(kindOf(url), OutputFormat.HTML));
    }

    static void renderPage(LoadedSite site, PageToRender page, SiteLinks links, Output out) {
        OutputFormat format = page.kind() == PageKind.SITEMAP ? OutputFormat.XML : OutputFormat.HTML;
        Map<String, Object> model = new TreeMap<>();
        model.put("site", TemplateModels.of(page.site()));
        model.put("page", TemplateModels.of(page.page()));
        model.put("view", TemplateModels.of(page.view()));
        String template = TemplateResolver.templateName(page.kind(), format);
        String html = site.templates().render(template, model);
        if (format == OutputFormat.HTML) {
            links.page(page.url(), template, html);
        }
        out.write(page.url(), html.getBytes(StandardCharsets.UTF_8));
    }

    static PageKind kindOf(String url) {
        return switch (url) {
            case Urls.HOME -> PageKind.HOME;
            case Urls.STEPS -> PageKind.STEPS;
            case Urls.QUESTIONS -> PageKind.QUESTIONS;
            case Urls.ETIQUETTE -> PageKind.ETIQUETTE;
            case Urls.OUTREACH -> PageKind.OUTREACH;
            case Urls.FAQ -> PageKind.FAQ;
            case Urls.NOT_FOUND -> PageKind.NOT_FOUND;
            case Urls.SITEMAP -> PageKind.SITEMAP;
            default -> url.endsWith("/index.html") ? PageKind.SECTION : PageKind.STEP;
        };
    }

    /** The path of the site on its host ({@code /} when unknown): where the 404 page's links start. */
    static String hostPath(SiteConfig config) {
        String path = config.baseUrl().replaceFirst("^https?://[^/]+", "");
        return path.isEmpty() ? "/" : path;
    }

    static Optional<Path> themeFolder(BuildRequest request, SiteConfig config, Diagnostics problems) {
        if (request.theme().isPresent()) {
            Path dir = request.theme().get();
            if (!Files.isDirectory(dir.resolve("templates"))) {
                problems.error(SourceLocation.file(Paths.display(dir)), "not a theme: it has no templates/ folder");
                return Optional.empty();
            }
            return Optional.of(dir.toAbsolutePath().normalize());
        }
        if (config.theme().equals("default")) {
            return Optional.empty();
        }
        Path base = request.site().orElse(Path.of("."));
        Path dir = base.resolve(config.theme()).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("templates"))) {
            problems.error(config.themeSource(), "theme '" + config.theme() + "' is not a theme folder with templates/ "
                    + "(write 'default' for the built-in theme, or a folder relative to the site folder)");
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    static List<TemplateResolver.Root> templateRoots(BuildRequest request, Optional<Path> themeDir) {
        List<TemplateResolver.Root> roots = new ArrayList<>();
        request.site().map(s -> s.resolve("templates")).filter(Files::isDirectory)
                .ifPresent(t -> roots.add(new TemplateResolver.Root(t.toAbsolutePath().normalize(), Paths.display(t))));
        themeDir.map(t -> t.resolve("templates"))
                .ifPresent(t -> roots.add(new TemplateResolver.Root(t, Paths.display(t))));
        roots.add(new TemplateResolver.Root(BuiltIn.theme().resolve("templates"), "(built-in)/themes/default/templates"));
        return roots;
    }

    /** Static folders from lowest to highest priority: built-in, theme, site. */
    static List<Path> staticRoots(BuildRequest request, Optional<Path> themeDir) {
        List<Path> roots = new ArrayList<>();
        roots.add(BuiltIn.theme().resolve("static"));
        themeDir.map(t -> t.resolve("static")).filter(Files::isDirectory).ifPresent(roots::add);
        request.site().map(s -> s.resolve("static")).filter(Files::isDirectory)
                .map(p -> p.toAbsolutePath().normalize()).ifPresent(roots::add);
        return roots;
    }

    /** The files of the static folders, later folders winning, by their path in the output. */
    static Map<String, Path> staticFiles(List<Path> roots) {
        Map<String, Path> files = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * Checks everything a build would, rendering every page (without keeping it) so that template
     * mistakes and the rendered pages' broken links show too, and writes nothing.
     *
     * @return the warnings
     * @throws InvalidInputException with every problem found
     */
    public static List<Diagnostic> validate(BuildRequest request) {
        return check(request, Optional.empty()).warnings();
    }
}
