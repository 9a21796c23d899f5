package org.coffeechat.build;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coffeechat.model.Content;
import org.coffeechat.model.Page;
import org.coffeechat.model.Section;
import org.coffeechat.model.Urls;

/**
 * The preview's change-to-rebuild mapping for content: which pages of the guide website must be
 * rendered again after the content changed from {@code before} to {@code after}. A page is
 * rendered again when anything its view shows changed:
 * <ul>
 * <li>a guide page's text: that page;</li>
 * <li>its title or summary: also the pages that link to it by name (the previous and next pages,
 *     its section, the steps index and the home page);</li>
 * <li>a section's title or summary: its pages (their breadcrumbs name it), the sections before and
 *     after it, the steps index and the home page;</li>
 * <li>pages or sections added, removed or put in another order: every page of the guide (positions,
 *     previous and next links change everywhere) and the sitemap;</li>
 * <li>the question bank: the questions page and the home page (it counts them); the same for the
 *     outreach templates and the etiquette; the FAQ: its page.</li>
 * </ul>
 * The search index is written again after any content change. Changes of the site config and of
 * templates are mapped by {@link IncrementalBuild}: the config changes every page; a template, the
 * pages whose template uses it.
 */
public final class RebuildPlan {

    private RebuildPlan() {
    }

    /** The site paths of the pages to render again, sorted. */
    public static Set<String> pages(Content before, Content after) {
        Set<String> out = new TreeSet<>();
        if (before == after) {
            return out;
        }
        if (!before.home().equals(after.home())) {
            out.add(Urls.HOME);
        }
        List<Page> stepsBefore = before.steps();
        List<Page> stepsAfter = after.steps();
        if (!urls(stepsBefore).equals(urls(stepsAfter))
                || !before.sections().stream().map(Section::url).toList().equals(after.sections().stream().map(Section::url).toList())) {
            out.add(Urls.HOME);
            out.add(Urls.STEPS);
            out.add(Urls.SITEMAP);
            after.sections().forEach(s -> out.add(s.url()));
            stepsAfter.forEach(p -> out.add(p.url()));
        } else {
            pagesChanged(stepsBefore, stepsAfter, after, out);
            sectionsChanged(before.sections(), after.sections(), out);
        }
        if (!before.questions().equals(after.questions()) || !before.categories().equals(after.categories())) {
            out.add(Urls.QUESTIONS);
            out.add(Urls.HOME);
        }
        if (!before.templates().equals(after.templates())) {
            out.add(Urls.OUTREACH);
            out.add(Urls.HOME);
        }
        if (!before.etiquette().equals(after.etiquette())) {
            out.add(Urls.ETIQUETTE);
            out.add(Urls.HOME);
        }
        if (!before.faq().equals(after.faq())) {
            out.add(Urls.FAQ);
        }
        return out;
    }

    private static List<String> urls(List<Page> pages) {
        return pages.stream().map(Page::url).toList();
    }

    private static void pagesChanged(List<Page> before, List<Page> after, Content content, Set<String> out) {
        for (int i = 0; i < after.size(); i++) {
            Page b = before.get(i);
            Page a = after.get(i);
            if (b == a || b.equals(a)) {
                continue;
            }
            out.add(a.url());
            if (!b.title().equals(a.title()) || !b.summary().equals(a.summary())) {
                if (i > 0) {
                    out.add(after.get(i - 1).url());
                }
                if (i + 1 < after.size()) {
                    out.add(after.get(i + 1).url());
                }
                content.sections().stream().filter(s -> s.pages().contains(a)).forEach(s -> out.add(s.url()));
                out.add(Urls.STEPS);
                out.add(Urls.HOME);
            }
        }
    }

    private static void sectionsChanged(List<Section> before, List<Section> after, Set<String> out) {
        for (int i = 0; i < after.size(); i++) {
            Section b = before.get(i);
            Section a = after.get(i);
            boolean named = !b.title().equals(a.title()) || !b.summary().equals(a.summary());
            if (named || b.order() != a.order() || !b.intro().equals(a.intro()) || !b.source().equals(a.source())) {
                out.add(a.url());
            }
            if (named) {
                a.pages().forEach(p -> out.add(p.url()));
                if (i > 0) {
                    out.add(after.get(i - 1).url());
                }
                if (i + 1 < after.size()) {
                    out.add(after.get(i + 1).url());
                }
                out.add(Urls.STEPS);
                out.add(Urls.HOME);
            }
        }
    }
}
