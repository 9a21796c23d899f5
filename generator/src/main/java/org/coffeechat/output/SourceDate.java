package org.coffeechat.output;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The one date that goes into outputs that must carry one (a PDF's creation date), so that the
 * same inputs give the same bytes. In order: {@code SOURCE_DATE_EPOCH} (seconds, the
 * reproducible-builds convention), then Maven's {@code project.build.outputTimestamp} (ISO-8601
 * or seconds), then {@link #FALLBACK}. Never the clock.
 */
public final class SourceDate {

    /** The date used when neither {@code SOURCE_DATE_EPOCH} nor an output timestamp is given. */
    public static final Instant FALLBACK = Instant.parse("2000-01-01T00:00:00Z");

    private SourceDate() {
    }

    /** The date from the process environment and an optional Maven output timestamp. */
    public static Instant resolve(Optional<String> outputTimestamp) {
        return resolve(outputTimestamp, System.getenv());
    }

    /**
     * The date from {@code env} and an optional output timestamp.
     *
     * @throws IllegalArgumentException when a given value is neither seconds since 1970 nor an ISO-8601 date-time
     */
    public static Instant resolve(Optional<String> outputTimestamp, Map<String, String> env) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            return parse(epoch, "SOURCE_DATE_EPOCH");
        }
        return outputTimestamp.filter(t -> !t.isBlank()).map(t -> parse(t, "project.build.outputTimestamp"))
                .orElse(FALLBACK);
    }

    private static Instant parse(String value, String name) {
        String v = value.strip();
        if (v.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be seconds since 1970 or a date-time such as "
                    + "2026-01-01T00:00:00Z, found '" + value + "'", e);
        }
    }
}
