package org.coffeechat.view;

import java.util.List;
import java.util.Optional;
import org.coffeechat.model.Html;

/** The view records of the guide website. Field names are what templates write ({@code ${page.title}}). */
public final class Views {

    private Views() {
    }

    /** What every page knows about the site. {@code root} is the relative path to the site root ("", "../", ...). */
    public record SiteView(String title, String organization, String lang, String root, List<NavItem> nav,
                           String primaryColor, String accentColor, Optional<String> logo, String searchNote) {
    }

    public record NavItem(String title, String href, boolean current, boolean external) {
    }

    public record Crumb(String title, String href) {
    }

    /** The page being rendered: its title, one-line description, breadcrumbs and canonical address. */
    public record PageMeta(String kind, String title, String description, String url, Optional<String> canonical,
                           List<Crumb> breadcrumbs) {
    }

    public record LinkView(String title, String href, String summary) {
    }

    public record HeadingView(int level, String id, String text) {
    }

    public record SectionSummary(String title, String href, String summary, int number, List<LinkView> pages) {
    }

    public record HomeView(Html body, Optional<LinkView> start, List<SectionSummary> sections, int questionCount,
                           int templateCount, int etiquetteCount) {
    }

    public record StepsView(Html intro, List<SectionSummary> sections) {
    }

    public record SectionView(Html intro, int number, List<LinkView> pages, Optional<LinkView> previous,
                              Optional<LinkView> next) {
    }

    public record StepView(Html body, Optional<String> phase, List<HeadingView> toc, int position, int total,
                           LinkView section, Optional<LinkView> previous, Optional<LinkView> next) {
    }

    /** A run of text, and whether it is a placeholder or variable to highlight. */
    public record Segment(String text, boolean variable) {
    }

    public record EtiquetteItemView(String id, String rule, String why, String firmness, String firmnessLabel,
                                    List<String> modes) {
    }

    public record PhaseGroup(String id, String title, String intro, List<EtiquetteItemView> items) {
    }

    public record EtiquetteView(List<PhaseGroup> phases) {
    }

    public record QuestionView(String id, List<Segment> text, String objective, String objectiveLabel, String why,
                               int priority, List<String> stages, List<String> industries, List<String> roles,
                               Optional<String> sensitive, Optional<String> prep, Optional<String> tiara) {
    }

    public record CategoryView(String id, String title, String description, List<QuestionView> questions) {
    }

    public record FilterOption(String id, String label, int count) {
    }

    public record QuestionsView(List<CategoryView> categories, List<FilterOption> objectives, int total) {
    }

    public record VariableView(String name, String example) {
    }

    public record TemplateView(String id, String title, String kind, String channel, String use,
                               Optional<List<Segment>> subject, List<Segment> body, Optional<String> limit,
                               List<String> variables, String plainText) {
    }

    public record TemplateGroup(String id, String title, List<TemplateView> templates) {
    }

    public record OutreachView(List<TemplateGroup> groups, List<VariableView> variables) {
    }

    public record FaqItemView(String id, String question, Html answer) {
    }

    public record FaqView(List<FaqItemView> entries) {
    }

    public record SitemapEntry(String loc) {
    }

    public record SitemapView(List<SitemapEntry> entries) {
    }
}
