package org.coffeechat.validate;

import java.util.HashMap;
import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.coffeechat.config.NavLink;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.SourceText;
import org.coffeechat.diag.Suggestions;
import org.coffeechat.model.Category;
import org.coffeechat.model.Content;
import org.coffeechat.model.EtiquetteItem;
import org.coffeechat.model.FaqEntry;
import org.coffeechat.model.Heading;
import org.coffeechat.model.Link;
import org.coffeechat.model.OutreachTemplate;
import org.coffeechat.model.Page;
import org.coffeechat.model.Phase;
import org.coffeechat.model.Question;
import org.coffeechat.model.Section;
import org.coffeechat.model.TemplateVariables;
import org.coffeechat.model.Urls;
import org.coffeechat.yaml.YamlEnum;

/** Cross-file checks over loaded content. Pure: reads the model, reports to {@link Diagnostics}. */
public final class ContentValidator {

    private ContentValidator() {
    }

    public static void validate(Content content, SiteConfig config, Diagnostics problems) {
        validate(content, config, url -> Set.of(), problems);
    }

    /**
     * Checks {@code content}; {@code templateAnchors} gives, for a page's site path, the anchors its
     * templates write whatever the content (such as {@code id="variables"}), which links may point at.
     */
    public static void validate(Content content, SiteConfig config, Function<String, Set<String>> templateAnchors,
                                Diagnostics problems) {
        unique(content.questions(), Question::id, Question::source, "question", problems);
        unique(content.categories(), Category::id, Category::source, "category", problems);
        unique(content.templates(), OutreachTemplate::id, OutreachTemplate::source, "outreach template", problems);
        unique(content.etiquette(), EtiquetteItem::id, EtiquetteItem::source, "etiquette item", problems);
        unique(content.faq(), FaqEntry::id, FaqEntry::source, "FAQ entry", problems);
        pageOrders(content, problems);
        categoriesExist(content, problems);
        questionPlaceholders(content, problems);
        templateVariables(content, problems);
        templateLengths(content, config, problems);
        Map<String, Set<String>> anchors = anchors(content);
        links(content, anchors, templateAnchors, problems);
        navigation(config, anchors, templateAnchors, problems);
    }

    private static <T> void unique(List<T> items, Function<T, String> id, Function<T, SourceLocation> where,
                                   String what, Diagnostics problems) {
        Map<String, SourceLocation> seen = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key.isEmpty()) {
                continue;
            }
            SourceLocation first = seen.putIfAbsent(key, where.apply(item));
            if (first != null) {
                String firstAt = first.path().equals(where.apply(item).path()) ? "line " + first.line() : first.toString();
                problems.error(where.apply(item), "duplicate " + what + " id '" + key + "' (first used at " + firstAt + ")");
            }
        }
    }

    /** Pages come in the order of their {@code order}; two pages of a section cannot share one. */
    private static void pageOrders(Content content, Diagnostics problems) {
        for (Section s : content.sections()) {
            List<Page> built = s.pages();
            for (int i = 1; i < built.size(); i++) {
                if (built.get(i).order() == built.get(i - 1).order()) {
                    problems.error(built.get(i).source(), "order " + built.get(i).order() + " is also used by "
                            + built.get(i - 1).source().path() + "; give each page of a section its own order");
                }
            }
        }
    }

    private static void categoriesExist(Content content, Diagnostics problems) {
        Set<String> ids = content.categories().stream().map(Category::id).collect(Collectors.toSet());
        for (Question q : content.questions()) {
            if (!q.category().isEmpty() && !ids.contains(q.category())) {
                problems.error(q.source(), "question '" + q.id() + "' has unknown category '" + q.category() + "'"
                        + Suggestions.didYouMean(q.category(), ids) + " (categories are defined in questions/categories.yaml)");
            }
        }
        Set<String> used = content.questions().stream().map(Question::category).collect(Collectors.toSet());
        for (Category c : content.categories()) {
            if (!used.contains(c.id())) {
                problems.warning(c.source(), "category '" + c.id() + "' has no questions");
            }
        }
    }

    private static void questionPlaceholders(Content content, Diagnostics problems) {
        for (Question q : content.questions()) {
            Matcher m = TemplateVariables.REFERENCE.matcher(q.text());
            while (m.find()) {
                if (!Question.PLACEHOLDERS.contains(m.group(1))) {
                    problems.error(q.textSource().locate(q.text(), m.start(), m.end() - m.start()), "question '" + q.id() + "' uses unknown placeholder {" + m.group(1) + "}"
                            + Suggestions.didYouMean(m.group(1), Question.PLACEHOLDERS)
                            + " (questions may use {company}, {industry} and {role})");
                }
            }
        }
    }

    private static void templateVariables(Content content, Diagnostics problems) {
        for (OutreachTemplate t : content.templates()) {
            t.subject().ifPresent(s -> variables(t, s, t.subjectSource().orElse(SourceText.at(t.source())), problems));
            variables(t, t.body(), t.bodyText(), problems);
        }
    }

    private static void variables(OutreachTemplate t, String text, SourceText written, Diagnostics problems) {
        Matcher m = TemplateVariables.REFERENCE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!TemplateVariables.isKnown(name)) {
                problems.error(written.locate(text, m.start(), m.end() - m.start()), "template '" + t.id() + "' uses {" + name + "}, which no profile field provides"
                        + Suggestions.didYouMean(name, TemplateVariables.names()));
            }
        }
    }

    private static void templateLengths(Content content, SiteConfig config, Diagnostics problems) {
        Map<String, String> examples = TemplateVariables.examples();
        for (OutreachTemplate t : content.templates()) {
            String filled = TemplateVariables.fill(t.body(), examples);
            t.maxWords().ifPresent(max -> {
                int words = Lengths.words(filled);
                if (words > max) {
                    problems.warning(t.bodySource(), "template '" + t.id() + "' is " + words
                            + " words with the example values, over its limit of " + max);
                }
            });
            t.maxChars().ifPresent(limit -> {
                int max = limit.fixed().orElseGet(() -> config.guidance().number(limit.setting().orElseThrow()).orElseThrow());
                int chars = Lengths.characters(filled);
                if (chars > max) {
                    problems.warning(t.bodySource(), "template '" + t.id() + "' is " + chars
                            + " characters with the example values, over its limit of " + max);
                }
            });
        }
    }

    /** Every page of the site and the anchors on it. */
    static Map<String, Set<String>> anchors(Content content) {
        Map<String, Set<String>> out = new HashMap<>();
        out.put(Urls.HOME, ids(content.home().body().headings()));
        out.put(Urls.STEPS, new HashSet<>());
        for (Section s : content.sections()) {
            out.put(s.url(), ids(s.intro().headings()));
            for (Page p : s.pages()) {
                out.put(p.url(), ids(p.body().headings()));
            }
        }
        Set<String> questions = new HashSet<>();
        content.categories().forEach(c -> questions.add(c.id()));
        content.questions().forEach(q -> questions.add(q.id()));
        out.put(Urls.QUESTIONS, questions);
        Set<String> etiquette = new HashSet<>();
        for (Phase phase : Phase.values()) {
            etiquette.add(YamlEnum.name(phase));
        }
        content.etiquette().forEach(e -> etiquette.add(e.id()));
        out.put(Urls.ETIQUETTE, etiquette);
        out.put(Urls.OUTREACH, content.templates().stream().map(OutreachTemplate::id).collect(Collectors.toCollection(HashSet::new)));
        Set<String> faq = new HashSet<>();
        for (FaqEntry f : content.faq()) {
            faq.add(f.id());
            f.answer().headings().forEach(h -> faq.add(h.id()));
        }
        out.put(Urls.FAQ, faq);
        return out;
    }

    /**
     * The anchors of a page's headings, read from its heading list when asked: most pages are never
     * the target of an anchor link, so building a set for each would be wasted work on large sites.
     */
    private static Set<String> ids(List<Heading> headings) {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object id) {
                for (Heading h : headings) {
                    if (h.id().equals(id)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public Iterator<String> iterator() {
                return headings.stream().map(Heading::id).iterator();
            }

            @Override
            public int size() {
                return headings.size();
            }
        };
    }

    /** Whether the page at {@code url} has the anchor, from its content or from its template. */
    private static boolean hasAnchor(Map<String, Set<String>> anchors, Function<String, Set<String>> templateAnchors,
                                     String url, String anchor) {
        return anchors.getOrDefault(url, Set.of()).contains(anchor) || templateAnchors.apply(url).contains(anchor);
    }

    /** Every anchor of the page, for a did-you-mean. */
    private static Set<String> allAnchors(Map<String, Set<String>> anchors, Function<String, Set<String>> templateAnchors,
                                          String url) {
        Set<String> all = new HashSet<>(anchors.getOrDefault(url, Set.of()));
        all.addAll(templateAnchors.apply(url));
        return all;
    }

    private static void links(Content content, Map<String, Set<String>> anchors,
                              Function<String, Set<String>> templateAnchors, Diagnostics problems) {
        content.allMarkdown().flatMap(m -> m.links().stream()).filter(l -> !l.external()).forEach(link -> {
            if (link.targetUrl() == null || !anchors.containsKey(link.targetUrl())) {
                problems.error(link.location(), "broken link '" + link.written() + "': there is no such page"
                        + hint(link));
            } else if (!link.anchor().isEmpty() && !hasAnchor(anchors, templateAnchors, link.targetUrl(), link.anchor())) {
                problems.error(link.location(), "broken link '" + link.written() + "': the page has no anchor '#"
                        + link.anchor() + "'" + Suggestions.didYouMean(link.anchor(),
                        allAnchors(anchors, templateAnchors, link.targetUrl())));
            }
        });
    }

    private static String hint(Link link) {
        String written = link.written();
        if (written.startsWith("/") && !written.endsWith(".md") && !written.contains(".")) {
            return " (link to a guide page by its file, such as /steps/01-understand/what-it-is.md, or to /questions/, "
                    + "/etiquette/, /outreach/, /faq/)";
        }
        return "";
    }

    private static void navigation(SiteConfig config, Map<String, Set<String>> anchors,
                                   Function<String, Set<String>> templateAnchors, Diagnostics problems) {
        for (NavLink nav : config.navigation()) {
            String url = nav.url();
            if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
                continue;
            }
            int hash = url.indexOf('#');
            Optional<String> page = Urls.fixed(hash < 0 ? url : url.substring(0, hash));
            if (page.isEmpty()) {
                problems.error(nav.source(), "navigation link '" + url + "' points to no page (use /, /steps/, "
                        + "/questions/, /etiquette/, /outreach/, /faq/ or a full https:// address)");
            } else if (hash >= 0 && hash + 1 < url.length()) {
                String anchor = url.substring(hash + 1);
                if (!hasAnchor(anchors, templateAnchors, page.get(), anchor)) {
                    Set<String> ids = allAnchors(anchors, templateAnchors, page.get());
                    problems.error(nav.source(), "navigation link '" + url + "': the page has no anchor '#" + anchor + "'"
                            + Suggestions.didYouMean(anchor, ids));
                }
            }
        }
    }
}
