package org.coffeechat.personal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackerCsvTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Priya Raman|Priya Raman",
            "Ministry of the Environment, Conservation and Parks|\"Ministry of the Environment, Conservation and Parks\"",
            "She said \"call me\"|\"She said \"\"call me\"\"\"",
    })
    void quotesFieldsTheWayRfc4180Does(String value, String field) {
        assertThat(TrackerCsv.field(value)).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "+1 416 555 0142|'+1 416 555 0142",
            "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
            "@home|'@home",
            "-5 days|'-5 days",
            "Zoë|Zoë",
    })
    void keepsSpreadsheetsFromRunningValuesAsFormulas(String value, String safe) {
        assertThat(TrackerCsv.defuse(value)).isEqualTo(safe);
    }
}
