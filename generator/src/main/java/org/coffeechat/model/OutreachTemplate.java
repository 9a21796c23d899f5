package org.coffeechat.model;

import java.util.Optional;
import org.coffeechat.diag.SourceLocation;

/** A message a student adapts and sends. {@code subject} and {@code body} hold {@code {variables}}. */
public record OutreachTemplate(String id, String title, TemplateKind kind, Channel channel, String use,
                               Optional<String> subject, String body, Optional<Integer> maxWords,
                               Optional<LengthLimit> maxChars, SourceLocation source, SourceLocation bodySource) {
}
