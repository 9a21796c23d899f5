package org.coffeechat.model;

import java.util.List;
import java.util.stream.Stream;

/** Everything a content folder holds, loaded and rendered from Markdown, in display order. */
public record Content(HomePage home, List<Section> sections, List<Category> categories, List<Question> questions,
                     List<OutreachTemplate> templates, List<EtiquetteItem> etiquette, List<FaqEntry> faq) {
    public Content {
        sections = List.copyOf(sections);
        categories = List.copyOf(categories);
        questions = List.copyOf(questions);
        templates = List.copyOf(templates);
        etiquette = List.copyOf(etiquette);
        faq = List.copyOf(faq);
    }

    /** Every guide page in reading order: sections in order, pages in order. */
    public List<Page> steps() {
        return sections.stream().flatMap(s -> s.pages().stream()).toList();
    }

    /** Every piece of rendered Markdown, for link checks. */
    public Stream<RenderedMarkdown> allMarkdown() {
        return Stream.of(
                Stream.of(home.body()),
                sections.stream().map(Section::intro),
                steps().stream().map(Page::body),
                faq.stream().map(FaqEntry::answer)).flatMap(s -> s);
    }
}
