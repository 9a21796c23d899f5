package org.coffeechat.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.coffeechat.config.NavLink;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.model.Category;
import org.coffeechat.model.Content;
import org.coffeechat.model.EtiquetteItem;
import org.coffeechat.model.Html;
import org.coffeechat.model.Objective;
import org.coffeechat.model.OutreachTemplate;
import org.coffeechat.model.Page;
import org.coffeechat.model.Phase;
import org.coffeechat.model.Question;
import org.coffeechat.model.Section;
import org.coffeechat.model.TemplateKind;
import org.coffeechat.model.TemplateVariables;
import org.coffeechat.model.Urls;
import org.coffeechat.validate.Lengths;
import org.coffeechat.view.Views.CategoryView;
import org.coffeechat.view.Views.Crumb;
import org.coffeechat.view.Views.EtiquetteItemView;
import org.coffeechat.view.Views.EtiquetteView;
import org.coffeechat.view.Views.FaqItemView;
import org.coffeechat.view.Views.FaqView;
import org.coffeechat.view.Views.FilterOption;
import org.coffeechat.view.Views.HeadingView;
import org.coffeechat.view.Views.HomeView;
import org.coffeechat.view.Views.LinkView;
import org.coffeechat.view.Views.NavItem;
import org.coffeechat.view.Views.OutreachView;
import org.coffeechat.view.Views.PageMeta;
import org.coffeechat.view.Views.PhaseGroup;
import org.coffeechat.view.Views.QuestionView;
import org.coffeechat.view.Views.QuestionsView;
import org.coffeechat.view.Views.SectionSummary;
import org.coffeechat.view.Views.SectionView;
import org.coffeechat.view.Views.Segment;
import org.coffeechat.view.Views.SiteView;
import org.coffeechat.view.Views.SitemapEntry;
import org.coffeechat.view.Views.SitemapView;
import org.coffeechat.view.Views.StepView;
import org.coffeechat.view.Views.StepsView;
import org.coffeechat.view.Views.TemplateGroup;
import org.coffeechat.view.Views.TemplateView;
import org.coffeechat.view.Views.VariableView;
import org.coffeechat.yaml.YamlEnum;

/** Builds the view of every page of the guide website from validated content. Pure. */
public final class ViewBuilder {

    private final Content content;
    private final SiteConfig config;
    private final List<Page> steps;
    /** The section of each step, by the step's index in {@link #steps}. */
    private final List<Section> stepSections;

    private ViewBuilder(Content content, SiteConfig config) {
        this.content = content;
        this.config = config;
        this.steps = content.steps();
        List<Section> bySteps = new ArrayList<>(steps.size());
        for (Section s : content.sections()) {
            for (int i = 0; i < s.pages().size(); i++) {
                bySteps.add(s);
            }
        }
        this.stepSections = bySteps;
    }

    /** Every page of the site, in a fixed order. */
    public static List<PageToRender> pages(Content content, SiteConfig config) {
        return new ViewBuilder(content, config).all(url -> true);
    }

    /**
     * The pages whose site path {@code wanted} accepts, in the same order as {@link #pages}, with the
     * same views: for a preview that renders again only the pages a change touches.
     */
    public static List<PageToRender> pages(Content content, SiteConfig config, Predicate<String> wanted) {
        return new ViewBuilder(content, config).all(wanted);
    }

    private List<PageToRender> all(Predicate<String> wanted) {
        List<String> urls = new ArrayList<>();
        List<PageToRender> out = new ArrayList<>();
        add(out, urls, wanted, Urls.HOME, this::home);
        add(out, urls, wanted, Urls.STEPS, this::stepsIndex);
        for (int i = 0; i < content.sections().size(); i++) {
            int index = i;
            add(out, urls, wanted, content.sections().get(i).url(), () -> section(index));
        }
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            add(out, urls, wanted, steps.get(i).url(), () -> step(index));
        }
        add(out, urls, wanted, Urls.ETIQUETTE, this::etiquette);
        add(out, urls, wanted, Urls.QUESTIONS, this::questions);
        add(out, urls, wanted, Urls.OUTREACH, this::outreach);
        add(out, urls, wanted, Urls.FAQ, this::faq);
        add(out, urls, wanted, Urls.NOT_FOUND, this::notFound);
        add(out, urls, wanted, Urls.SITEMAP, () -> sitemap(urls));
        return out;
    }

    private static void add(List<PageToRender> out, List<String> urls, Predicate<String> wanted, String url,
                            Supplier<PageToRender> page) {
        if (wanted.test(url)) {
            out.add(page.get());
        }
        urls.add(url);
    }

    // ---- shared parts ---------------------------------------------------------------------

    private static final List<String[]> STANDARD_NAV = List.of(
            new String[] {"Guide", Urls.STEPS}, new String[] {"Etiquette", Urls.ETIQUETTE},
            new String[] {"Questions", Urls.QUESTIONS}, new String[] {"Outreach", Urls.OUTREACH},
            new String[] {"FAQ", Urls.FAQ});

    private SiteView site(String url, String section) {
        String root = url.equals(Urls.NOT_FOUND) ? notFoundRoot() : Urls.rootFrom(url);
        List<NavItem> nav = new ArrayList<>();
        for (String[] item : STANDARD_NAV) {
            nav.add(new NavItem(item[0], root + item[1], item[1].equals(section), false));
        }
        for (NavLink link : config.navigation()) {
            boolean external = link.url().matches("(?i)(https?|mailto):.*");
            String href = external ? link.url() : root + Urls.fixed(link.url().replaceFirst("#.*", "")).orElse(Urls.HOME)
                    + (link.url().contains("#") ? link.url().substring(link.url().indexOf('#')) : "");
            nav.add(new NavItem(link.title(), href, false, external));
        }
        return new SiteView(config.title(), config.organization(), config.locale(), root, nav,
                config.colors().primary(), config.colors().accent(), config.logo().map(l -> root + l),
                "Search the guide");
    }

    /** The 404 page is served at any address, so its links start from the site's own path. */
    private String notFoundRoot() {
        if (config.baseUrl().isEmpty()) {
            return "/";
        }
        String path = config.baseUrl().replaceFirst("^https?://[^/]+", "");
        return path.isEmpty() ? "/" : path;
    }

    private PageMeta meta(PageKind kind, String title, String description, String url, List<Crumb> crumbs) {
        Optional<String> canonical = config.baseUrl().isEmpty() ? Optional.empty()
                : Optional.of(config.baseUrl() + (url.equals(Urls.HOME) ? "" : url));
        return new PageMeta(YamlEnum.name(kind), title, description, url, canonical, crumbs);
    }

    private static List<Crumb> crumbs(String from, String... titlesAndUrls) {
        List<Crumb> out = new ArrayList<>();
        out.add(new Crumb("Home", Urls.relative(from, Urls.HOME)));
        for (int i = 0; i < titlesAndUrls.length; i += 2) {
            out.add(new Crumb(titlesAndUrls[i], titlesAndUrls[i + 1] == null ? "" : Urls.relative(from, titlesAndUrls[i + 1])));
        }
        return out;
    }

    private List<SectionSummary> sectionSummaries(String from) {
        List<SectionSummary> out = new ArrayList<>();
        int n = 1;
        for (Section s : content.sections()) {
            List<LinkView> pages = s.pages().stream()
                    .map(p -> new LinkView(p.title(), Urls.relative(from, p.url()), p.summary())).toList();
            out.add(new SectionSummary(s.title(), Urls.relative(from, s.url()), s.summary(), n++, pages));
        }
        return out;
    }

    // ---- pages ----------------------------------------------------------------------------

    private PageToRender home() {
        String url = Urls.HOME;
        Optional<LinkView> start = steps.stream().findFirst()
                .map(p -> new LinkView(p.title(), Urls.relative(url, p.url()), p.summary()));
        HomeView view = new HomeView(content.home().body().html(), start, sectionSummaries(url),
                content.questions().size(), content.templates().size(), content.etiquette().size());
        return new PageToRender(url, PageKind.HOME, site(url, Urls.HOME),
                meta(PageKind.HOME, content.home().title(), content.home().summary(), url, List.of()), view);
    }

    private PageToRender stepsIndex() {
        String url = Urls.STEPS;
        StepsView view = new StepsView(new Html(""), sectionSummaries(url));
        return new PageToRender(url, PageKind.STEPS, site(url, Urls.STEPS),
                meta(PageKind.STEPS, "The guide, step by step", "Every step of an informational interview, from "
                        + "choosing who to ask to keeping in touch.", url, crumbs(url, "Guide", null)), view);
    }

    private PageToRender section(int index) {
        Section s = content.sections().get(index);
        String url = s.url();
        List<LinkView> pages = s.pages().stream().map(p -> new LinkView(p.title(), Urls.relative(url, p.url()), p.summary())).toList();
        Optional<LinkView> previous = index == 0 ? Optional.empty() : Optional.of(link(url, content.sections().get(index - 1)));
        Optional<LinkView> next = index + 1 >= content.sections().size() ? Optional.empty()
                : Optional.of(link(url, content.sections().get(index + 1)));
        SectionView view = new SectionView(s.intro().html(), index + 1, pages, previous, next);
        return new PageToRender(url, PageKind.SECTION, site(url, Urls.STEPS),
                meta(PageKind.SECTION, s.title(), s.summary(), url, crumbs(url, "Guide", Urls.STEPS, s.title(), null)), view);
    }

    private static LinkView link(String from, Section s) {
        return new LinkView(s.title(), Urls.relative(from, s.url()), s.summary());
    }

    private static LinkView link(String from, Page p) {
        return new LinkView(p.title(), Urls.relative(from, p.url()), p.summary());
    }

    private PageToRender step(int index) {
        Page p = steps.get(index);
        String url = p.url();
        Section section = stepSections.get(index);
        List<HeadingView> toc = p.body().headings().stream().filter(h -> h.level() == 2)
                .map(h -> new HeadingView(h.level(), h.id(), h.text())).toList();
        Optional<LinkView> previous = index == 0 ? Optional.empty() : Optional.of(link(url, steps.get(index - 1)));
        Optional<LinkView> next = index + 1 >= steps.size() ? Optional.empty() : Optional.of(link(url, steps.get(index + 1)));
        StepView view = new StepView(p.body().html(), p.phase().map(Labels::of), toc, index + 1, steps.size(),
                link(url, section), previous, next);
        return new PageToRender(url, PageKind.STEP, site(url, Urls.STEPS), meta(PageKind.STEP, p.title(), p.summary(), url,
                crumbs(url, "Guide", Urls.STEPS, section.title(), section.url(), p.title(), null)), view);
    }

    private PageToRender etiquette() {
        String url = Urls.ETIQUETTE;
        List<PhaseGroup> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<EtiquetteItemView> items = content.etiquette().stream().filter(e -> e.phase() == phase)
                    .sorted(Comparator.comparing(EtiquetteItem::firmness))
                    .map(e -> new EtiquetteItemView(e.id(), e.rule(), e.why(), YamlEnum.name(e.firmness()),
                            Labels.of(e.firmness()), e.modes().isEmpty() ? List.of()
                            : e.modes().stream().sorted().map(Labels::of).toList()))
                    .toList();
            phases.add(new PhaseGroup(YamlEnum.name(phase), Labels.of(phase), "", items));
        }
        return new PageToRender(url, PageKind.ETIQUETTE, site(url, Urls.ETIQUETTE), meta(PageKind.ETIQUETTE,
                "Etiquette checklist", "What to do before, during and after an informational interview.", url,
                crumbs(url, "Etiquette", null)), new EtiquetteView(phases));
    }

    private PageToRender questions() {
        String url = Urls.QUESTIONS;
        List<CategoryView> categories = new ArrayList<>();
        for (Category c : content.categories()) {
            List<QuestionView> qs = content.questions().stream().filter(q -> q.category().equals(c.id()))
                    .sorted(Comparator.comparingInt(Question::priority).thenComparing(Question::id))
                    .map(ViewBuilder::question).toList();
            categories.add(new CategoryView(c.id(), c.title(), c.description(), qs));
        }
        List<FilterOption> objectives = Arrays.stream(Objective.values())
                .map(o -> new FilterOption(YamlEnum.name(o), Labels.of(o),
                        (int) content.questions().stream().filter(q -> q.objective() == o).count()))
                .toList();
        return new PageToRender(url, PageKind.QUESTIONS, site(url, Urls.QUESTIONS), meta(PageKind.QUESTIONS,
                "Question bank", content.questions().size() + " questions to choose from, grouped by topic, each with "
                        + "why it is worth asking.", url, crumbs(url, "Questions", null)),
                new QuestionsView(categories, objectives, content.questions().size()));
    }

    private static QuestionView question(Question q) {
        return new QuestionView(q.id(), segments(q.text()), YamlEnum.name(q.objective()), Labels.of(q.objective()),
                q.why(), q.priority(), q.stages().stream().sorted().map(Labels::of).toList(), q.industries(), q.roles(),
                q.sensitive().map(Labels::of), q.prep(), q.tiara().map(Labels::of));
    }

    /** Splits text into plain runs and {@code {variables}}, for highlighting. */
    static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        Matcher m = TemplateVariables.REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new Segment(text.substring(last, m.start()), false));
            }
            out.add(new Segment(m.group(), true));
            last = m.end();
        }
        if (last < text.length()) {
            out.add(new Segment(text.substring(last), false));
        }
        return out;
    }

    private PageToRender outreach() {
        String url = Urls.OUTREACH;
        List<TemplateGroup> groups = new ArrayList<>();
        for (TemplateKind kind : TemplateKind.values()) {
            List<TemplateView> templates = content.templates().stream().filter(t -> t.kind() == kind)
                    .map(this::template).toList();
            if (!templates.isEmpty()) {
                groups.add(new TemplateGroup(YamlEnum.name(kind), Labels.of(kind), templates));
            }
        }
        List<VariableView> variables = TemplateVariables.examples().entrySet().stream()
                .map(e -> new VariableView("{" + e.getKey() + "}", e.getValue())).toList();
        return new PageToRender(url, PageKind.OUTREACH, site(url, Urls.OUTREACH), meta(PageKind.OUTREACH,
                "Outreach templates", "Messages to ask for a meeting, confirm it, follow up, thank and keep in touch.",
                url, crumbs(url, "Outreach", null)), new OutreachView(groups, variables));
    }

    private TemplateView template(OutreachTemplate t) {
        List<String> limits = new ArrayList<>();
        t.maxWords().ifPresent(w -> limits.add("at most " + w + " words"));
        t.maxChars().ifPresent(c -> limits.add("at most " + c.fixed().orElseGet(() ->
                config.guidance().number(c.setting().orElseThrow()).orElseThrow()) + " characters"));
        TreeSet<String> variables = new TreeSet<>();
        Matcher m = TemplateVariables.REFERENCE.matcher(t.subject().orElse("") + "\n" + t.body());
        while (m.find()) {
            variables.add(m.group());
        }
        String plain = t.subject().map(s -> "Subject: " + s + "\n\n").orElse("") + t.body().strip();
        return new TemplateView(t.id(), t.title(), Labels.of(t.kind()), Labels.of(t.channel()), t.use(),
                t.subject().map(ViewBuilder::segments), segments(t.body().strip()),
                limits.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", limits)),
                List.copyOf(variables), plain);
    }

    private PageToRender faq() {
        String url = Urls.FAQ;
        List<FaqItemView> entries = content.faq().stream()
                .map(f -> new FaqItemView(f.id(), f.question(), f.answer().html())).toList();
        return new PageToRender(url, PageKind.FAQ, site(url, Urls.FAQ), meta(PageKind.FAQ, "Frequently asked questions",
                "Short answers to what students ask most about informational interviews.", url,
                crumbs(url, "FAQ", null)), new FaqView(entries));
    }

    private PageToRender notFound() {
        String url = Urls.NOT_FOUND;
        StepsView view = new StepsView(new Html(""), List.of());
        return new PageToRender(url, PageKind.NOT_FOUND, site(url, ""), meta(PageKind.NOT_FOUND, "Page not found",
                "The page you asked for is not here.", url, List.of()), view);
    }

    private PageToRender sitemap(List<String> urls) {
        String base = config.baseUrl().isEmpty() ? "" : config.baseUrl();
        List<SitemapEntry> entries = urls.stream()
                .filter(u -> !u.equals(Urls.NOT_FOUND) && !u.equals(Urls.SITEMAP))
                .map(u -> new SitemapEntry(base.isEmpty() ? u : base + (u.equals(Urls.HOME) ? "" : u))).toList();
        return new PageToRender(Urls.SITEMAP, PageKind.SITEMAP, site(Urls.SITEMAP, ""),
                meta(PageKind.SITEMAP, "Sitemap", "", Urls.SITEMAP, List.of()), new SitemapView(entries));
    }

    /** The word count of a template with example values, for docs and tests. */
    public static int exampleWords(OutreachTemplate t) {
        return Lengths.words(TemplateVariables.fill(t.body(), TemplateVariables.examples()));
    }

    static Map<String, Long> countsByObjective(List<Question> questions) {
        return questions.stream().collect(Collectors.groupingBy(q -> YamlEnum.name(q.objective()), Collectors.counting()));
    }
}
