package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildTimestampTest {

    @Test
    void readsAnIsoDateTimeWithAnOffset() {
        assertEquals(Optional.of(Instant.parse("2025-12-31T23:00:00Z")),
                BuildTimestamp.parseOutputTimestamp("2026-01-01T00:00:00+01:00"));
    }

    @Test
    void readsSecondsSinceTheEpoch() {
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), BuildTimestamp.parseOutputTimestamp("1767225600"));
    }

    @Test
    void dropsFractionsOfASecond() {
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
                BuildTimestamp.parseOutputTimestamp("2026-01-01T00:00:00.750Z"));
    }

    @Test
    void treatsAnEmptyValueOrASingleCharacterAsNotSetAsMavenDoes() {
        assertEquals(Optional.empty(), BuildTimestamp.parseOutputTimestamp(null));
        assertEquals(Optional.empty(), BuildTimestamp.parseOutputTimestamp(""));
        assertEquals(Optional.empty(), BuildTimestamp.parseOutputTimestamp("-"));
    }

    @Test
    void rejectsAValueThatIsNeitherADateNorSecondsWithAMessageThatSaysWhatIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildTimestamp.parseOutputTimestamp("last tuesday"));
        assertEquals("outputTimestamp 'last tuesday' is neither an ISO-8601 date-time with an offset, such as "
                + "2026-01-01T00:00:00Z, nor a number of seconds since 1970", e.getMessage());
    }

    @Test
    void fallsBackToSourceDateEpochWhenNoOutputTimestampIsSet() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)),
                BuildTimestamp.resolve(null, Map.of("SOURCE_DATE_EPOCH", "1700000000")));
    }

    @Test
    void prefersTheOutputTimestampToSourceDateEpoch() {
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
                BuildTimestamp.resolve("2026-01-01T00:00:00Z", Map.of("SOURCE_DATE_EPOCH", "1700000000")));
    }

    @Test
    void hasNoTimestampWhenNeitherIsSet() {
        assertEquals(Optional.empty(), BuildTimestamp.resolve("", Map.of()));
    }

    @Test
    void rejectsASourceDateEpochThatIsNotSeconds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildTimestamp.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "2026-01-01")));
        assertEquals("SOURCE_DATE_EPOCH '2026-01-01' is not a number of seconds since 1970", e.getMessage());
    }
}
