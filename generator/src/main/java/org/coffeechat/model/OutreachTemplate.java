package org.coffeechat.model;

import java.util.Objects;
import java.util.Optional;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.SourceText;

/**
 * A message a student adapts and sends. {@code subject} and {@code body} hold {@code {variables}};
 * {@code subjectSource} and {@code bodyText} are them as written, to locate a variable.
 */
public record OutreachTemplate(String id, String title, TemplateKind kind, Channel channel, String use,
                               Optional<String> subject, String body, Optional<Integer> maxWords,
                               Optional<LengthLimit> maxChars, SourceLocation source,
                               Optional<SourceText> subjectSource, SourceText bodyText) {

    public OutreachTemplate {
        Objects.requireNonNull(subjectSource, "subjectSource");
        Objects.requireNonNull(bodyText, "bodyText");
    }

    /** A template whose texts are located only by where they start (built in code, not read from a file). */
    public OutreachTemplate(String id, String title, TemplateKind kind, Channel channel, String use,
                            Optional<String> subject, String body, Optional<Integer> maxWords,
                            Optional<LengthLimit> maxChars, SourceLocation source, SourceLocation bodySource) {
        this(id, title, kind, channel, use, subject, body, maxWords, maxChars, source,
                subject.map(s -> SourceText.at(source)), SourceText.at(bodySource));
    }

    /** Where the body starts in its file. */
    public SourceLocation bodySource() {
        return bodyText.start();
    }
}
