package org.coffeechat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceDateTest {

    @Test
    void takesSourceDateEpochFirst() {
        assertEquals(Instant.ofEpochSecond(1_700_000_000),
                SourceDate.resolve(Optional.of("2026-01-01T00:00:00Z"), Map.of("SOURCE_DATE_EPOCH", "1700000000")));
    }

    @Test
    void takesTheMavenOutputTimestampAsDateTimeOrSeconds() {
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), SourceDate.resolve(Optional.of("2026-01-01T00:00:00Z"), Map.of()));
        assertEquals(Instant.parse("2026-03-01T09:00:00Z"),
                SourceDate.resolve(Optional.of("2026-03-01T10:00:00+01:00"), Map.of()));
        assertEquals(Instant.ofEpochSecond(86400), SourceDate.resolve(Optional.of("86400"), Map.of()));
    }

    @Test
    void fallsBackToAFixedDateNeverTheClock() {
        assertEquals(SourceDate.FALLBACK, SourceDate.resolve(Optional.empty(), Map.of()));
        assertEquals(SourceDate.FALLBACK, SourceDate.resolve(Optional.of(" "), Map.of("SOURCE_DATE_EPOCH", "")));
    }

    @Test
    void failsOnAValueThatIsNoDate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceDate.resolve(Optional.empty(), Map.of("SOURCE_DATE_EPOCH", "yesterday")));
        assertEquals("SOURCE_DATE_EPOCH must be seconds since 1970 or a date-time such as 2026-01-01T00:00:00Z, "
                + "found 'yesterday'", e.getMessage());
    }
}
