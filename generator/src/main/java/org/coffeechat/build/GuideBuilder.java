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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.config.SiteConfigLoader;
import org.coffeechat.content.ContentFiles;
import org.coffeechat.content.ContentLoader;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.model.Content;
import org.coffeechat.output.MemoryOutput;
import org.coffeechat.output.Output;
import org.coffeechat.output.StagedDirectory;
import org.coffeechat.render.OutputFormat;
import org.coffeechat.render.TemplateEngine;
import org.coffeechat.render.TemplateModels;
import org.coffeechat.render.TemplateResolver;
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
        LoadedSite site = load(request);
        try (StagedDirectory out = StagedDirectory.open(outDir)) {
            BuildResult result = render(site, out);
            out.commit();
            return result;
        }
    }

    /**
     * Reads and checks everything a build needs.
     *
     * @throws InvalidInputException with every problem found, if any is an error (or, when strict, a warning)
     */
    public static LoadedSite load(BuildRequest request) {
        Diagnostics problems = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(request.site(), Paths::display, problems);
        ContentFiles files = request.content()
                .map(dir -> new ContentFiles(dir.toAbsolutePath().normalize(), Paths.display(dir)))
                .orElseGet(() -> new ContentFiles(BuiltIn.content(), "(built-in)/content"));
        Content content = ContentLoader.load(files, config.guidance(), problems);
        if (!problems.hasErrors()) {
            ContentValidator.validate(content, config, problems);
        }
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
                problems.error(config.source(), "logo '" + logo + "' is not in the site's or the theme's static/ folder");
            }
        });
        if (problems.hasErrors() || (request.strict() && problems.hasWarnings())) {
            throw new InvalidInputException(problems.sorted());
        }
        return new LoadedSite(config, content, engine, statics,
                problems.sorted().stream().filter(d -> !d.isError()).toList());
    }

    /** Renders every page in parallel and copies the static files, all through {@code out}. */
    public static BuildResult render(LoadedSite site, Output out) {
        List<PageToRender> pages = ViewBuilder.pages(site.content(), site.config());
        pages.parallelStream().forEach(page -> {
            OutputFormat format = page.kind() == PageKind.SITEMAP ? OutputFormat.XML : OutputFormat.HTML;
            Map<String, Object> model = new TreeMap<>();
            model.put("site", TemplateModels.of(page.site()));
            model.put("page", TemplateModels.of(page.page()));
            model.put("view", TemplateModels.of(page.view()));
            String html = site.templates().render(TemplateResolver.templateName(page.kind(), format), model);
            out.write(page.url(), html.getBytes(StandardCharsets.UTF_8));
        });
        Map<String, Path> statics = staticFiles(site.staticRoots());
        statics.forEach((relative, file) -> {
            try {
                out.write(relative, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new BuildResult(pages.size(), pages.size() + statics.size(), site.warnings());
    }

    private static Optional<Path> themeFolder(BuildRequest request, SiteConfig config, Diagnostics problems) {
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
            problems.error(config.source(), "theme '" + config.theme() + "' is not a theme folder with templates/ "
                    + "(write 'default' for the built-in theme, or a folder relative to the site folder)");
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    private static List<TemplateResolver.Root> templateRoots(BuildRequest request, Optional<Path> themeDir) {
        List<TemplateResolver.Root> roots = new ArrayList<>();
        request.site().map(s -> s.resolve("templates")).filter(Files::isDirectory)
                .ifPresent(t -> roots.add(new TemplateResolver.Root(t.toAbsolutePath().normalize(), Paths.display(t))));
        themeDir.map(t -> t.resolve("templates"))
                .ifPresent(t -> roots.add(new TemplateResolver.Root(t, Paths.display(t))));
        roots.add(new TemplateResolver.Root(BuiltIn.theme().resolve("templates"), "(built-in)/themes/default/templates"));
        return roots;
    }

    /** Static folders from lowest to highest priority: built-in, theme, site. */
    private static List<Path> staticRoots(BuildRequest request, Optional<Path> themeDir) {
        List<Path> roots = new ArrayList<>();
        roots.add(BuiltIn.theme().resolve("static"));
        themeDir.map(t -> t.resolve("static")).filter(Files::isDirectory).ifPresent(roots::add);
        request.site().map(s -> s.resolve("static")).filter(Files::isDirectory)
                .map(p -> p.toAbsolutePath().normalize()).ifPresent(roots::add);
        return roots;
    }

    private static Map<String, Path> staticFiles(List<Path> roots) {
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
     * Checks everything a build would, rendering every page into memory so that template mistakes
     * show too, and writes nothing.
     *
     * @return the warnings
     * @throws InvalidInputException with every problem found
     */
    public static List<Diagnostic> validate(BuildRequest request) {
        LoadedSite site = load(request);
        render(site, new MemoryOutput());
        return site.warnings();
    }
}
