package org.coffeechat.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.Suggestions;
import org.coffeechat.model.Heading;
import org.coffeechat.model.Html;
import org.coffeechat.model.Link;
import org.coffeechat.model.MarkdownSource;
import org.coffeechat.model.RenderedMarkdown;
import org.coffeechat.model.Urls;

/**
 * Renders content Markdown. One instance serves a whole build; {@link #compile} is thread-safe.
 */
public final class MarkdownCompiler {

    private static final Pattern SETTING = Pattern.compile("\\{\\{\\s*(policy:)?([A-Za-z][A-Za-z0-9]*)\\s*}}");
    private static final Pattern HEADING = Pattern.compile("<h([1-6])[^>]*?\\sid=\"([^\"]*)\"[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final String TOKEN = "CCPOLICYTOKEN";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Guidance guidance;
    private final Map<String, Map<String, MarkdownSource>> policies;

    /**
     * @param policies for each choice setting, the Markdown for each of its values
     */
    public MarkdownCompiler(Guidance guidance, Map<String, Map<String, MarkdownSource>> policies) {
        MutableDataSet options = flexmarkOptions();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.guidance = guidance;
        this.policies = Map.copyOf(policies);
    }

    /**
     * Renders {@code source} for the page written at {@code pageUrl}.
     *
     * @param contentPath the file's path inside the content folder (for relative {@code .md} links),
     *                    or empty for Markdown embedded in YAML
     * @param pages       content paths ({@code steps/01-a/b.md}) to the site paths they are written to
     */
    public RenderedMarkdown compile(MarkdownSource source, Optional<String> contentPath, String pageUrl,
                                    Map<String, String> pages, Diagnostics problems) {
        List<Inserted> inserted = new ArrayList<>();
        String text = substitute(source, pageUrl, "", inserted, problems);
        Rendered rendered = render(text, source.start(), contentPath, pageUrl, pages, problems);
        String html = rendered.html();
        List<Link> links = rendered.links();
        for (int i = 0; i < inserted.size(); i++) {
            html = html.replace("<p>" + TOKEN + i + "</p>\n", inserted.get(i).html())
                    .replace(TOKEN + i, unwrapParagraph(inserted.get(i).html()));
            links.addAll(inserted.get(i).links());
        }
        List<Heading> headings = inserted.isEmpty() && rendered.headings() != null ? rendered.headings() : headings(html);
        return new RenderedMarkdown(new Html(html), headings, links);
    }

    /** How flexmark is configured; {@link FastMarkdown} renders exactly what this configuration does. */
    static MutableDataSet flexmarkOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        return options;
    }

    /** HTML, links and (when known without reading the HTML again) headings of one Markdown text. */
    private record Rendered(String html, List<Link> links, List<Heading> headings) {
    }

    /** Renders with the fast path when it takes the text, else with flexmark; the HTML is the same. */
    private Rendered render(String text, SourceLocation start, Optional<String> contentPath, String pageUrl,
                            Map<String, String> pages, Diagnostics problems) {
        FastMarkdown.Parsed fast = FastMarkdown.parse(text);
        if (fast != null) {
            List<Link> links = new ArrayList<>(fast.linkCount());
            int line = 0;
            int counted = 0;
            for (int i = 0; i < fast.linkCount(); i++) {
                int offset = fast.offset(i);
                for (; counted < offset; counted++) {
                    if (text.charAt(counted) == '\n') {
                        line++;
                    }
                }
                SourceLocation at = start.down(line, column(text, offset));
                Link resolved = resolve(fast.url(i), contentPath, pageUrl, pages, at);
                links.add(resolved);
                String href = href(resolved, pageUrl);
                if (href != null) {
                    fast.setHref(i, href);
                }
            }
            String html = fast.render();
            List<Heading> headings = new ArrayList<>(fast.headings().size());
            for (FastMarkdown.HeadingInfo h : fast.headings()) {
                headings.add(new Heading(h.level(), h.id(), unescape(TAG.matcher(h.html()).replaceAll(""))));
            }
            return new Rendered(html, links, headings);
        }
        Document document = parser.parse(text);
        List<Link> links = rewriteLinks(document, text, start, contentPath, pageUrl, pages);
        rewriteImages(document, text, start, pageUrl, problems);
        return new Rendered(renderer.render(document), links, null);
    }

    /** The href an internal link is rewritten to, or null to keep the link as written. */
    private static String href(Link resolved, String pageUrl) {
        if (resolved.external() || resolved.targetUrl() == null) {
            return null;
        }
        String href = resolved.targetUrl().equals(pageUrl) && !resolved.anchor().isEmpty()
                ? "" : Urls.relative(pageUrl, resolved.targetUrl());
        return href + (resolved.anchor().isEmpty() ? "" : "#" + resolved.anchor());
    }

    /** Policy text inserted into a page: its HTML and the links it holds. */
    private record Inserted(String html, List<Link> links) {
    }

    /**
     * Replaces every {@code {{setting}}} of {@code source}; {@code {{policy:x}}} is replaced by a token and its
     * text added to {@code inserted}. Inside the policy text {@code nested} (non-empty), only numbers may be inserted.
     */
    private String substitute(MarkdownSource source, String pageUrl, String nested, List<Inserted> inserted,
                              Diagnostics problems) {
        if (source.text().indexOf("{{") < 0) {
            return source.text(); // most pages insert nothing: skip the regular expression
        }
        Matcher m = SETTING.matcher(source.text());
        StringBuilder out = new StringBuilder();
        Map<String, String> values = guidance.asMap();
        while (m.find()) {
            boolean policy = m.group(1) != null;
            String name = m.group(2);
            String replacement = m.group();
            if (policy) {
                Map<String, MarkdownSource> texts = policies.get(name);
                if (!nested.isEmpty()) {
                    problems.error(at(source, m.start()), "the policy text for '" + nested
                            + "' cannot insert another policy; use {{" + name + "}} for a number");
                } else if (texts == null && Guidance.NUMBERS.contains(name)) {
                    problems.error(at(source, m.start()), "policies.yaml has no texts for '" + name
                            + "': add them, one per range of values (such as 10-25: and 26+:), or write {{"
                            + name + "}} to insert the number");
                } else if (texts == null) {
                    // The policies this content can insert: every choice, and the numbers policies.yaml has texts for.
                    List<String> known = new ArrayList<>(Guidance.CHOICES.keySet().stream().sorted().toList());
                    Guidance.NUMBERS.stream().filter(policies::containsKey).forEach(known::add);
                    problems.error(at(source, m.start()), "unknown policy '" + name + "'"
                            + Suggestions.didYouMean(name, known) + " (one of: " + String.join(", ", known) + ")");
                } else {
                    MarkdownSource chosen = texts.get(values.get(name));
                    if (chosen != null) {
                        replacement = TOKEN + inserted.size();
                        inserted.add(policy(name, chosen, pageUrl, problems));
                    }
                }
            } else if (values.containsKey(name) && !Guidance.CHOICES.containsKey(name)) {
                replacement = values.get(name);
            } else if (Guidance.CHOICES.containsKey(name)) {
                problems.error(at(source, m.start()), "'" + name + "' is a choice: write {{policy:" + name
                        + "}} to insert the text for the chosen value");
            } else {
                problems.error(at(source, m.start()), "unknown setting '" + name + "'"
                        + Suggestions.didYouMean(name, values.keySet())
                        + " (one of: " + String.join(", ", Guidance.NUMBERS) + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Inserted policy(String name, MarkdownSource chosen, String pageUrl, Diagnostics problems) {
        // Policy text may link to fixed pages and external sites; it is rewritten for its host page.
        String text = substitute(chosen, pageUrl, name, new ArrayList<>(), problems);
        Rendered rendered = render(text, chosen.start(), Optional.empty(), pageUrl, Map.of(), problems);
        return new Inserted(rendered.html(), rendered.links());
    }

    /** Resolves every link of {@code document}, points internal ones at relative URLs, and returns them all. */
    private static List<Link> rewriteLinks(Document document, String text, SourceLocation start,
                                           Optional<String> contentPath, String pageUrl, Map<String, String> pages) {
        List<Link> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            // A reference definition ("[name]: url") holds the address of every [text][name] link that uses it.
            BasedSequence url = node instanceof com.vladsch.flexmark.ast.Link link ? link.getUrl()
                    : node instanceof com.vladsch.flexmark.ast.Reference reference ? reference.getUrl() : null;
            if (url == null) {
                continue;
            }
            int line = document.getLineNumber(node.getStartOffset());
            SourceLocation at = start.down(line, column(text, node.getStartOffset()));
            Link resolved = resolve(url.toString(), contentPath, pageUrl, pages, at);
            links.add(resolved);
            String href = href(resolved, pageUrl);
            if (href != null) {
                BasedSequence rewritten = BasedSequence.of(href);
                if (node instanceof com.vladsch.flexmark.ast.Link link) {
                    link.setUrl(rewritten);
                } else {
                    ((com.vladsch.flexmark.ast.Reference) node).setUrl(rewritten);
                }
            }
        }
        return links;
    }

    /**
     * Points images written from the site root ({@code /img/chart.png}) at the right relative
     * address. Any other image is an error: the guide loads nothing from other sites.
     */
    private static void rewriteImages(Document document, String text, SourceLocation start, String pageUrl,
                                      Diagnostics problems) {
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Image image) {
                String url = image.getUrl().toString();
                if (url.startsWith("/") && !url.startsWith("//") && !url.contains("..")) {
                    image.setUrl(BasedSequence.of(Urls.rootFrom(pageUrl) + url.substring(1)));
                } else {
                    int line = document.getLineNumber(image.getStartOffset());
                    problems.error(start.down(line, column(text, image.getStartOffset())), "image '" + url
                            + "' is not a file of the site: put it in the site's static/ folder and write its path "
                            + "from there, such as /img/chart.png (the guide loads nothing from other sites)");
                }
            }
        }
    }

    private static String unwrapParagraph(String html) {
        String trimmed = html.strip();
        if (trimmed.startsWith("<p>") && trimmed.endsWith("</p>") && trimmed.indexOf("<p>", 1) < 0) {
            return trimmed.substring(3, trimmed.length() - 4);
        }
        return trimmed;
    }

    private static Link resolve(String written, Optional<String> contentPath, String pageUrl,
                                Map<String, String> pages, SourceLocation at) {
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:")) {
            return new Link(written, null, "", true, at);
        }
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        String anchor = hash < 0 ? "" : written.substring(hash + 1);
        if (path.isEmpty()) {
            return new Link(written, pageUrl.isEmpty() ? null : pageUrl, anchor, false, at);
        }
        if (path.endsWith(".md")) {
            String target = path.startsWith("/") ? path.substring(1)
                    : contentPath.map(c -> join(c, path)).orElse(path);
            return new Link(written, pages.get(target), anchor, false, at);
        }
        if (path.startsWith("/")) {
            return new Link(written, Urls.fixed(path).orElse(null), anchor, false, at);
        }
        return new Link(written, null, anchor, false, at);
    }

    /** Resolves {@code relative} against the folder of {@code file}, both content paths. */
    static String join(String file, String relative) {
        List<String> parts = new ArrayList<>(List.of(file.split("/")));
        parts.remove(parts.size() - 1);
        for (String part : relative.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static SourceLocation at(MarkdownSource source, int offset) {
        return source.start().inValue(source.text(), offset);
    }

    private static int column(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    private static List<Heading> headings(String html) {
        List<Heading> out = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            out.add(new Heading(Integer.parseInt(m.group(1)), m.group(2), unescape(TAG.matcher(m.group(3)).replaceAll(""))));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
