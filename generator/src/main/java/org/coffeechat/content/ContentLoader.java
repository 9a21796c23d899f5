package org.coffeechat.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.Suggestions;
import org.coffeechat.markdown.MarkdownCompiler;
import org.coffeechat.model.Category;
import org.coffeechat.model.Channel;
import org.coffeechat.model.Content;
import org.coffeechat.model.EtiquetteItem;
import org.coffeechat.model.FaqEntry;
import org.coffeechat.model.Firmness;
import org.coffeechat.model.HomePage;
import org.coffeechat.model.LengthLimit;
import org.coffeechat.model.MarkdownSource;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Objective;
import org.coffeechat.model.OutreachTemplate;
import org.coffeechat.model.Page;
import org.coffeechat.model.Phase;
import org.coffeechat.model.Question;
import org.coffeechat.model.RenderedMarkdown;
import org.coffeechat.model.Section;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.model.Stage;
import org.coffeechat.model.TemplateKind;
import org.coffeechat.model.Tiara;
import org.coffeechat.model.Urls;
import org.coffeechat.yaml.Fields;
import org.coffeechat.yaml.YNode;
import org.coffeechat.yaml.YNode.YScalar;
import org.coffeechat.yaml.YamlReader;

/**
 * Loads a content folder. Files are read and parsed in parallel, then Markdown is compiled in
 * parallel once every page's address is known (links need them). Problems go to the given
 * {@link Diagnostics}; the result is complete enough to go on checking even when there are some.
 */
public final class ContentLoader {

    /** The files and folders a content folder may hold at its top. */
    public static final List<String> TOP_LEVEL = List.of("home.md", "steps", "etiquette.yaml", "faq.yaml",
            "questions", "outreach.yaml", "policies.yaml");

    /** The entries of {@link #TOP_LEVEL} that are folders; the others are files. */
    private static final Set<String> FOLDERS = Set.of("steps", "questions");
    private static final String SECTION_FILE = "_section.md";
    private static final List<String> PAGE_KEYS = List.of("title", "order", "summary", "phase");
    private static final List<String> SECTION_KEYS = List.of("title", "order", "summary");
    private static final List<String> HOME_KEYS = List.of("title", "summary");
    private static final List<String> QUESTION_KEYS = List.of("id", "text", "category", "objective", "why", "priority",
            "stages", "industries", "roles", "sensitive", "prep", "tiara");
    private static final List<String> CATEGORY_KEYS = List.of("id", "title", "order", "description");
    private static final List<String> TEMPLATE_KEYS = List.of("id", "title", "kind", "channel", "use", "subject", "body",
            "maxWords", "maxChars");
    private static final List<String> ETIQUETTE_KEYS = List.of("id", "phase", "rule", "why", "firmness", "modes", "when");
    private static final List<String> FAQ_KEYS = List.of("id", "question", "answer");

    private final ContentFiles files;
    private final Guidance guidance;
    private final Diagnostics problems;

    private ContentLoader(ContentFiles files, Guidance guidance, Diagnostics problems) {
        this.files = files;
        this.guidance = guidance;
        this.problems = problems;
    }

    /**
     * The etiquette of the content folder {@code files} as {@code guidance} reads it: the numbers
     * its rules quote and the rules whose {@code when:} holds. A student's own settings read the
     * etiquette of an already checked folder again this way, for their guide and packet.
     */
    public static List<EtiquetteItem> etiquette(ContentFiles files, Guidance guidance, Diagnostics problems) {
        return new ContentLoader(files, guidance, problems).etiquette();
    }

    /** Loads the content folder {@code files} for a site with the given guidance settings. */
    public static Content load(ContentFiles files, Guidance guidance, Diagnostics problems) {
        return new ContentLoader(files, guidance, problems).load();
    }

    /**
     * Loads again the one file {@code contentPath} (a path inside the content folder, such as
     * {@code steps/01-start/first.md}) of the folder {@code previous} was loaded from, and keeps the
     * rest of {@code previous} as it is: the very same records, so that a preview can tell what did
     * not change. Problems of that file (only) go to {@code problems}.
     *
     * @return the content with the file's part replaced, or empty when a full {@link #load} is needed
     *         instead: the file appeared or went away, it is {@code policies.yaml} (its texts are in
     *         every page), or it is not a content file
     */
    public static Optional<Content> reload(Content previous, ContentFiles files, Guidance guidance, String contentPath,
                                           Diagnostics problems) {
        return new ContentLoader(files, guidance, problems).reload(previous, contentPath);
    }

    private Optional<Content> reload(Content previous, String contentPath) {
        Path file = files.root().resolve(contentPath);
        String[] parts = contentPath.split("/");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Content c = previous;
        if (contentPath.equals("home.md")) {
            return rawPage(file, HOME_KEYS, true).map(h -> new Content(new HomePage(h.fields.requiredString("title"),
                    h.fields.requiredString("summary"), compile(h, pageUrls(previous)), h.fields.location()),
                    c.sections(), c.categories(), c.questions(), c.templates(), c.etiquette(), c.faq()));
        }
        if (parts.length == 3 && parts[0].equals("steps") && parts[2].endsWith(".md")) {
            return reloadMarkdown(previous, file, parts[1], parts[2]);
        }
        if (parts.length == 2 && parts[0].equals("questions") && parts[1].equals("categories.yaml")) {
            return Optional.of(new Content(c.home(), c.sections(), categories(), c.questions(), c.templates(), c.etiquette(),
                    c.faq()));
        }
        if (parts.length == 2 && parts[0].equals("questions") && parts[1].endsWith(".yaml")) {
            return Optional.of(new Content(c.home(), c.sections(), c.categories(), questions(), c.templates(), c.etiquette(),
                    c.faq()));
        }
        return switch (contentPath) {
            case "outreach.yaml" -> Optional.of(new Content(c.home(), c.sections(), c.categories(), c.questions(), templates(),
                    c.etiquette(), c.faq()));
            case "etiquette.yaml" -> Optional.of(new Content(c.home(), c.sections(), c.categories(), c.questions(),
                    c.templates(), etiquette(), c.faq()));
            case "faq.yaml" -> Optional.of(new Content(c.home(), c.sections(), c.categories(), c.questions(), c.templates(),
                    c.etiquette(), faq(new MarkdownCompiler(guidance, policies()), pageUrls(previous))));
            default -> Optional.empty();
        };
    }

    /** A section's {@code _section.md} or one of its pages, edited in place (not added, not removed). */
    private Optional<Content> reloadMarkdown(Content previous, Path file, String folder, String name) {
        String sectionUrl = Urls.section(Urls.slug(folder));
        int at = -1;
        for (int i = 0; i < previous.sections().size(); i++) {
            if (previous.sections().get(i).url().equals(sectionUrl)) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        Section old = previous.sections().get(at);
        Map<String, String> pageUrls = pageUrls(previous);
        List<Section> sections = new ArrayList<>(previous.sections());
        if (name.equals(SECTION_FILE)) {
            Optional<RawPage> index = rawPage(file, SECTION_KEYS, false);
            if (index.isEmpty()) {
                return Optional.of(previous);
            }
            Fields f = index.get().fields;
            sections.set(at, new Section(old.slug(), old.url(), f.requiredString("title"), f.requiredInt("order", 0, 100_000),
                    f.requiredString("summary"), compile(index.get(), pageUrls), old.pages(), f.location()));
            sections.sort(SECTION_ORDER);
        } else {
            String url = Urls.page(old.slug(), Urls.slug(name));
            List<Page> pages = new ArrayList<>(old.pages());
            int page = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).url().equals(url)) {
                    page = i;
                }
            }
            if (page < 0) {
                return Optional.empty();
            }
            Optional<RawPage> raw = rawPage(file, PAGE_KEYS, false);
            if (raw.isEmpty()) {
                return Optional.of(previous);
            }
            pages.set(page, page(raw.get(), compile(raw.get(), pageUrls)));
            pages.sort(PAGE_ORDER);
            sections.set(at, new Section(old.slug(), old.url(), old.title(), old.order(), old.summary(), old.intro(), pages,
                    old.source()));
        }
        Content c = previous;
        return Optional.of(new Content(c.home(), sections, c.categories(), c.questions(), c.templates(), c.etiquette(),
                c.faq()));
    }

    private RenderedMarkdown compile(RawPage page, Map<String, String> pageUrls) {
        return new MarkdownCompiler(guidance, policies()).compile(page.body, Optional.of(page.contentPath), page.url,
                pageUrls, problems);
    }

    /** Every page's content path and address, as {@link #load} knew them, from the pages' locations. */
    private Map<String, String> pageUrls(Content content) {
        Map<String, String> out = new HashMap<>();
        String prefix = files.displayRoot().isEmpty() ? "" : files.displayRoot() + "/";
        for (Section s : content.sections()) {
            out.put(s.source().path().substring(prefix.length()), s.url());
            for (Page p : s.pages()) {
                out.put(p.source().path().substring(prefix.length()), p.url());
            }
        }
        return out;
    }

    private static final Comparator<Page> PAGE_ORDER = Comparator.comparingInt(Page::order).thenComparing(Page::url);
    private static final Comparator<Section> SECTION_ORDER = Comparator.comparingInt(Section::order)
            .thenComparing(Section::slug);

    private static Page page(RawPage p, RenderedMarkdown body) {
        return new Page(p.url, p.fields.requiredString("title"), p.fields.requiredInt("order", 0, 100_000),
                p.fields.requiredString("summary"), p.fields.optionalEnum("phase", Phase.class), body, p.fields.location());
    }

    private Content load() {
        checkTopLevel();
        MarkdownCompiler compiler = new MarkdownCompiler(guidance, policies());

        // Phase 1: read every Markdown file and its front matter.
        Optional<RawPage> home = rawPage(files.root().resolve("home.md"), HOME_KEYS, true);
        List<RawSection> rawSections = rawSections();

        Map<String, String> pageUrls = new TreeMap<>();
        for (RawSection s : rawSections) {
            pageUrls.put(s.contentPath, s.url);
            for (RawPage p : s.pages) {
                pageUrls.put(p.contentPath, p.url);
            }
        }

        // Phase 2: compile Markdown, in parallel, now that every page's address is known.
        Map<String, RenderedMarkdown> rendered = new ConcurrentHashMap<>();
        List<RawPage> everything = new ArrayList<>();
        home.ifPresent(everything::add);
        for (RawSection s : rawSections) {
            everything.add(s.asPage());
            everything.addAll(s.pages);
        }
        everything.parallelStream().forEach(p -> rendered.put(p.contentPath,
                compiler.compile(p.body, Optional.of(p.contentPath), p.url, pageUrls, problems)));

        HomePage homePage = home.map(h -> new HomePage(h.fields.requiredString("title"), h.fields.requiredString("summary"),
                rendered.get(h.contentPath), h.fields.location()))
                .orElse(new HomePage("", "", RenderedMarkdown.empty(), SourceLocation.file(files.display(files.root()))));
        List<Section> sections = rawSections.stream().map(s -> s.toSection(rendered)).toList();
        List<Category> categories = categories();
        return new Content(homePage, sections, categories, questions(), templates(), etiquette(), faq(compiler, pageUrls));
    }

    private void checkTopLevel() {
        if (!Files.isDirectory(files.root())) {
            problems.error(SourceLocation.file(files.displayRoot()), "the content folder does not exist");
            return;
        }
        for (Path entry : files.list(files.root())) {
            String name = entry.getFileName().toString();
            boolean content = name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml") || Files.isDirectory(entry);
            if (content && !TOP_LEVEL.contains(name)) {
                problems.error(SourceLocation.file(files.display(entry)), "unknown content file or folder '" + name + "'"
                        + Suggestions.didYouMean(name, TOP_LEVEL) + " (a content folder holds: " + String.join(", ", TOP_LEVEL) + ")");
            }
        }
        for (String required : TOP_LEVEL) {
            Path entry = files.root().resolve(required);
            boolean folder = FOLDERS.contains(required);
            if (!Files.exists(entry)) {
                problems.error(SourceLocation.file(files.display(entry)), "the content folder is missing '" + required + "'");
            } else if (folder && !Files.isDirectory(entry)) {
                problems.error(SourceLocation.file(files.display(entry)), "'" + required + "' must be a folder, "
                        + "but it is a file");
            } else if (!folder && !Files.isRegularFile(entry)) {
                problems.error(SourceLocation.file(files.display(entry)), "'" + required + "' must be a file, "
                        + "but it is a folder");
            }
        }
    }

    // ---- Markdown pages ------------------------------------------------------------------

    /** A Markdown file read but not yet compiled. */
    private record RawPage(String contentPath, String url, String slug, Fields fields, MarkdownSource body) {
    }

    private final class RawSection {
        final String contentPath;
        final String slug;
        final String url;
        final RawPage index;
        final List<RawPage> pages;

        RawSection(String contentPath, String slug, RawPage index, List<RawPage> pages) {
            this.contentPath = contentPath;
            this.slug = slug;
            this.url = Urls.section(slug);
            this.index = index;
            this.pages = pages;
        }

        RawPage asPage() {
            return index;
        }

        Section toSection(Map<String, RenderedMarkdown> rendered) {
            List<Page> built = pages.stream()
                    .map(p -> page(p, rendered.get(p.contentPath)))
                    .sorted(PAGE_ORDER)
                    .toList();
            return new Section(slug, url, index.fields.requiredString("title"), index.fields.requiredInt("order", 0, 100_000),
                    index.fields.requiredString("summary"), rendered.get(contentPath), built, index.fields.location());
        }
    }

    private Optional<RawPage> rawPage(Path file, List<String> keys, boolean isHome) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String display = files.display(file);
        String relative = files.relative(file);
        return files.read(file, problems)
                .flatMap(text -> FrontMatter.parse(display, text, problems))
                .flatMap(fm -> Fields.of(fm.yaml(), "the front matter", keys, problems).map(f -> {
                    if (isHome) {
                        return new RawPage(relative, Urls.HOME, "", f, fm.body());
                    }
                    String sectionSlug = Urls.slug(file.getParent().getFileName().toString());
                    String name = file.getFileName().toString();
                    String url = name.equals(SECTION_FILE) ? Urls.section(sectionSlug) : Urls.page(sectionSlug, Urls.slug(name));
                    f.requiredString("title");
                    f.requiredString("summary");
                    f.requiredInt("order", 0, 100_000);
                    return new RawPage(relative, url, Urls.slug(name), f, fm.body());
                }));
    }

    private List<RawSection> rawSections() {
        Path steps = files.root().resolve("steps");
        if (!Files.isDirectory(steps)) {
            return List.of();
        }
        List<RawSection> sections = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        for (Path folder : files.list(steps)) {
            if (!Files.isDirectory(folder)) {
                problems.error(SourceLocation.file(files.display(folder)),
                        "pages go in a section folder under steps/, such as steps/01-prepare/" + folder.getFileName());
                continue;
            }
            String slug = Urls.slug(folder.getFileName().toString());
            if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
                problems.error(SourceLocation.file(files.display(folder)), "section folder names use lower-case letters, "
                        + "digits and dashes, found '" + folder.getFileName() + "'");
            }
            String other = slugs.putIfAbsent(slug, folder.getFileName().toString());
            if (other != null) {
                problems.error(SourceLocation.file(files.display(folder)), "section '" + folder.getFileName()
                        + "' has the same address (steps/" + slug + "/) as '" + other + "'");
                continue;
            }
            Path indexFile = folder.resolve(SECTION_FILE);
            if (!Files.isRegularFile(indexFile)) {
                problems.error(SourceLocation.file(files.display(indexFile)),
                        "the section is missing its " + SECTION_FILE + " (title, order and summary of the section)");
                continue;
            }
            List<Path> pageFiles = new ArrayList<>();
            for (Path entry : files.list(folder)) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    problems.error(SourceLocation.file(files.display(entry)), "sections cannot be nested: move the pages of '"
                            + name + "' into " + folder.getFileName() + "/ or into a section of their own");
                } else if (name.endsWith(".md") && !name.equals(SECTION_FILE)) {
                    if (!Urls.slug(name).matches("[a-z0-9][a-z0-9-]*")) {
                        problems.error(SourceLocation.file(files.display(entry)),
                                "page file names use lower-case letters, digits and dashes, found '" + name + "'");
                    }
                    pageFiles.add(entry);
                }
            }
            RawPage index = rawPage(indexFile, SECTION_KEYS, false).orElse(null);
            List<RawPage> pages = pageFiles.parallelStream().map(p -> rawPage(p, PAGE_KEYS, false))
                    .flatMap(Optional::stream).toList();
            if (index != null) {
                sections.add(new RawSection(files.relative(indexFile), slug, index, pages));
            }
        }
        sections.sort(Comparator.comparingInt((RawSection s) -> s.index.fields.requiredInt("order", 0, 100_000))
                .thenComparing(s -> s.slug));
        return sections;
    }

    // ---- YAML content --------------------------------------------------------------------

    private Optional<Fields> yamlFile(Path file, String rootKey) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String display = files.display(file);
        return files.read(file, problems)
                .flatMap(text -> YamlReader.read(display, text, 1, problems))
                .flatMap(node -> Fields.of(node, display.substring(display.lastIndexOf('/') + 1), List.of(rootKey), problems));
    }

    private Map<String, Map<String, MarkdownSource>> policies() {
        Map<String, Map<String, MarkdownSource>> out = new LinkedHashMap<>();
        Path file = files.root().resolve("policies.yaml");
        if (!Files.isRegularFile(file)) {
            return out;
        }
        String display = files.display(file);
        Optional<Fields> root = files.read(file, problems)
                .flatMap(text -> YamlReader.read(display, text, 1, problems))
                .flatMap(node -> Fields.of(node, "policies.yaml", policyKeys(), problems));
        if (root.isEmpty()) {
            return out;
        }
        // Numeric settings may have texts too, one per range of values; only the one for the site's value is kept.
        for (String setting : Guidance.NUMBERS) {
            root.get().node(setting).ifPresent(node -> {
                int value = guidance.number(setting).orElseThrow();
                RangePolicy.textFor(setting, node, value, problems)
                        .ifPresent(text -> out.put(setting, Map.of(Integer.toString(value), text)));
            });
        }
        for (String policy : Guidance.CHOICES.keySet().stream().sorted().toList()) {
            List<String> values = Guidance.CHOICES.get(policy);
            if (!root.get().has(policy)) {
                problems.error(root.get().location(), "policies.yaml is missing the texts for '" + policy
                        + "' (one for each of: " + String.join(", ", values) + ")");
                continue;
            }
            root.get().nested(policy, "the policy '" + policy + "'", values).ifPresent(texts -> {
                Map<String, MarkdownSource> byValue = new LinkedHashMap<>();
                for (String value : values) {
                    if (!texts.has(value)) {
                        problems.error(texts.location(), "the policy '" + policy + "' is missing the text for '" + value + "'");
                    } else {
                        String text = texts.requiredString(value);
                        byValue.put(value, new MarkdownSource(text, blockStart(texts.locationOf(value))));
                    }
                }
                out.put(policy, byValue);
            });
        }
        return out;
    }

    /** The keys policies.yaml may hold: every choice setting (required) and every numeric one (optional). */
    private static List<String> policyKeys() {
        List<String> keys = new ArrayList<>(Guidance.CHOICES.keySet().stream().sorted().toList());
        keys.addAll(Guidance.NUMBERS);
        return keys;
    }

    /** Where the first line of a block scalar's text stands: the line after its {@code |}. */
    static SourceLocation blockStart(SourceLocation valueLocation) {
        return valueLocation.down(1, 1);
    }

    private List<Category> categories() {
        List<Category> out = new ArrayList<>();
        yamlFile(files.root().resolve("questions/categories.yaml"), "categories").ifPresent(root -> {
            for (YNode item : root.list("categories", true)) {
                Fields.of(item, "a category", CATEGORY_KEYS, problems).ifPresent(f -> out.add(new Category(
                        id(f), f.requiredString("title"), f.requiredInt("order", 0, 10_000),
                        f.requiredString("description"), f.location())));
            }
        });
        out.sort(Comparator.comparingInt(Category::order).thenComparing(Category::id));
        return out;
    }

    private List<Question> questions() {
        List<Question> out = new ArrayList<>();
        Path folder = files.root().resolve("questions");
        if (!Files.isDirectory(folder)) {
            return out;
        }
        for (Path file : files.list(folder)) {
            String name = file.getFileName().toString();
            if (name.equals("categories.yaml")) {
                continue;
            }
            if (!name.endsWith(".yaml")) {
                problems.error(SourceLocation.file(files.display(file)), "the questions folder holds only .yaml files");
                continue;
            }
            yamlFile(file, "questions").ifPresent(root -> {
                for (YNode item : root.list("questions", true)) {
                    Fields.of(item, "a question", QUESTION_KEYS, problems).ifPresent(f -> out.add(new Question(
                            id(f), f.requiredString("text"), f.requiredString("category"),
                            f.requiredEnum("objective", Objective.class, Objective.INFORMATION),
                            f.requiredString("why"), f.requiredInt("priority", 1, 5),
                            f.enumSet("stages", Stage.class), f.stringList("industries"), f.stringList("roles"),
                            f.optionalEnum("sensitive", Sensitivity.class), f.optionalString("prep"),
                            f.optionalEnum("tiara", Tiara.class), f.location(), f.writtenOf("text"))));
                }
            });
        }
        return out;
    }

    private List<OutreachTemplate> templates() {
        List<OutreachTemplate> out = new ArrayList<>();
        yamlFile(files.root().resolve("outreach.yaml"), "templates").ifPresent(root -> {
            for (YNode item : root.list("templates", true)) {
                Fields.of(item, "an outreach template", TEMPLATE_KEYS, problems).ifPresent(f -> out.add(new OutreachTemplate(
                        id(f), f.requiredString("title"), f.requiredEnum("kind", TemplateKind.class, TemplateKind.REQUEST),
                        f.requiredEnum("channel", Channel.class, Channel.EMAIL), f.requiredString("use"),
                        f.optionalString("subject"), f.requiredString("body"), f.optionalInt("maxWords", 1, 10_000),
                        maxChars(f), f.location(),
                        f.has("subject") ? Optional.of(f.writtenOf("subject")) : Optional.empty(), f.writtenOf("body"))));
            }
        });
        return out;
    }

    private Optional<LengthLimit> maxChars(Fields f) {
        Optional<YNode> node = f.node("maxChars");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YScalar s && s.type() == YNode.ScalarType.STRING) {
            if (guidance.number(s.text()).isEmpty()) {
                problems.error(s.location(), "maxChars must be a number or a numeric setting, found '" + s.text() + "'"
                        + Suggestions.didYouMean(s.text(), Guidance.NUMBERS));
                return Optional.empty();
            }
            return Optional.of(LengthLimit.setting(s.text()));
        }
        return f.optionalInt("maxChars", 1, 100_000).map(LengthLimit::of);
    }

    private List<EtiquetteItem> etiquette() {
        List<EtiquetteItem> out = new ArrayList<>();
        yamlFile(files.root().resolve("etiquette.yaml"), "items").ifPresent(root -> {
            for (YNode item : root.list("items", true)) {
                Fields.of(item, "an etiquette item", ETIQUETTE_KEYS, problems).ifPresent(f -> {
                    EtiquetteItem read = new EtiquetteItem(
                            id(f), f.requiredEnum("phase", Phase.class, Phase.BEFORE),
                            SettingText.fill(f.requiredString("rule"), f.locationOf("rule"), guidance, problems),
                            SettingText.fill(f.requiredString("why"), f.locationOf("why"), guidance, problems),
                            f.requiredEnum("firmness", Firmness.class, Firmness.SHOULD),
                            f.enumSet("modes", MeetingMode.class), f.location());
                    if (SettingCondition.holds(f.node("when"), guidance, problems)) {
                        out.add(read);
                    }
                });
            }
        });
        return out;
    }

    private List<FaqEntry> faq(MarkdownCompiler compiler, Map<String, String> pageUrls) {
        List<FaqEntry> out = new ArrayList<>();
        yamlFile(files.root().resolve("faq.yaml"), "questions").ifPresent(root -> {
            for (YNode item : root.list("questions", true)) {
                Fields.of(item, "an FAQ entry", FAQ_KEYS, problems).ifPresent(f -> {
                    String answer = f.requiredString("answer");
                    RenderedMarkdown html = compiler.compile(new MarkdownSource(answer, blockStart(f.locationOf("answer"))),
                            Optional.empty(), Urls.FAQ, pageUrls, problems);
                    out.add(new FaqEntry(id(f), f.requiredString("question"), html, f.location()));
                });
            }
        });
        return out;
    }

    private String id(Fields f) {
        String id = f.requiredString("id");
        if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]*")) {
            problems.error(f.locationOf("id"), "an id uses lower-case letters, digits and dashes, found '" + id + "'");
        }
        return id;
    }

    /** Keys allowed in content, for tests and docs. */
    static Set<String> questionKeys() {
        return Set.copyOf(QUESTION_KEYS);
    }
}
