package org.coffeechat.content;

import java.util.Optional;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.model.MarkdownSource;
import org.coffeechat.yaml.YNode;
import org.coffeechat.yaml.YamlReader;

/** Splits a Markdown file into its YAML front matter (between two {@code ---} lines) and its body. */
record FrontMatter(YNode yaml, MarkdownSource body) {

    static Optional<FrontMatter> parse(String path, String text, Diagnostics problems) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // A lone CR ends a line too (in YAML and Markdown alike); one kind of line end keeps the offsets simple.
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalized.startsWith("---\n")) {
            problems.error(SourceLocation.file(path), "a page must start with front matter: a line '---', "
                    + "then 'title:', 'order:' and 'summary:', then another '---'");
            return Optional.empty();
        }
        int end = normalized.indexOf("\n---\n", 3);
        boolean atEof = false;
        if (end < 0 && normalized.endsWith("\n---")) {
            end = normalized.length() - 4;
            atEof = true;
        }
        if (end < 0) {
            problems.error(SourceLocation.file(path), "the front matter is not closed: add a line '---' after it");
            return Optional.empty();
        }
        String yaml = normalized.substring(4, end + 1);
        int yamlLines = (int) yaml.chars().filter(c -> c == '\n').count();
        int bodyLine = 2 + yamlLines + 1;
        String body = atEof ? "" : normalized.substring(end + 5);
        return YamlReader.read(path, yaml, 2, problems)
                .map(node -> new FrontMatter(node, new MarkdownSource(body, new SourceLocation(path, bodyLine, 1))));
    }
}
