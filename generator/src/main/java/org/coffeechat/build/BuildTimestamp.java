package org.coffeechat.build;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The date of a reproducible build, read the way the build tools that set it mean it: Maven's
 * {@code project.build.outputTimestamp} first, then the {@code SOURCE_DATE_EPOCH} environment
 * variable (reproducible-builds.org). Never the clock.
 */
public final class BuildTimestamp {

    /** The environment variable of reproducible-builds.org: seconds since 1970-01-01T00:00:00Z. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private BuildTimestamp() {
    }

    /**
     * The build date from an output timestamp, else from {@code SOURCE_DATE_EPOCH} in {@code env},
     * else none.
     *
     * @throws IllegalArgumentException with a message for the user if a value that is set cannot be read
     */
    public static Optional<Instant> resolve(String outputTimestamp, Map<String, String> env) {
        Optional<Instant> fromMaven = parseOutputTimestamp(outputTimestamp);
        return fromMaven.isPresent() ? fromMaven : sourceDateEpoch(env);
    }

    /**
     * Reads Maven's {@code project.build.outputTimestamp}: an ISO-8601 date-time with an offset
     * ({@code 2026-01-01T00:00:00Z}) or whole seconds since 1970. As in Maven, an empty value or a
     * single character (such as {@code -}) means "not set". Fractions of a second are dropped.
     *
     * @throws IllegalArgumentException if the value is neither
     */
    public static Optional<Instant> parseOutputTimestamp(String value) {
        if (value == null || value.strip().length() < 2) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            return Optional.of(epochSeconds(v, "outputTimestamp"));
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("outputTimestamp '" + v + "' is neither an ISO-8601 date-time with an "
                    + "offset, such as 2026-01-01T00:00:00Z, nor a number of seconds since 1970");
        }
    }

    /**
     * Reads {@code SOURCE_DATE_EPOCH} from {@code env}: whole seconds since 1970.
     *
     * @throws IllegalArgumentException if it is set but not a number of seconds
     */
    public static Optional<Instant> sourceDateEpoch(Map<String, String> env) {
        String v = env.get(SOURCE_DATE_EPOCH);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        if (!v.strip().chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " '" + v + "' is not a number of seconds since 1970");
        }
        return Optional.of(epochSeconds(v.strip(), SOURCE_DATE_EPOCH));
    }

    private static Instant epochSeconds(String digits, String name) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(digits));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(name + " '" + digits + "' is too large to be a date");
        }
    }
}
