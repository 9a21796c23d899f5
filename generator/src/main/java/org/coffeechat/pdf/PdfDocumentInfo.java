package org.coffeechat.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * What a PDF says about itself: its document information (title, author, subject, keywords),
 * its language, and the one date it carries as both creation and modification date.
 *
 * @param language a BCP 47 tag such as {@code en-CA}
 * @param date     from {@link org.coffeechat.output.SourceDate}, never the clock
 */
public record PdfDocumentInfo(String title, String author, String subject, String keywords, String language,
                              Instant date) {
    public PdfDocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
    }
}
