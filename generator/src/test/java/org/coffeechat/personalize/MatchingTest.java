package org.coffeechat.personalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void twoValuesAreTheSameWhateverTheirCaseAccentsPunctuationAndAmpersand() {
        assertTrue(Matching.same("Energy & Utilities", "energy and utilities"));
        assertTrue(Matching.same("Énergie", "energie"));
        assertFalse(Matching.same("Energy", "Energy & Utilities"), "a part is not the same value");
    }

    @Test
    void aValueIsTheSameAsTheWordsOfAnotherExactlyWhenItIsTheSameAsThatValue() {
        List<String> values = List.of("Energy & Utilities", "energy and utilities", "Énergie", "Energy",
                "Public sector (municipal)", "public-sector", "");
        for (String a : values) {
            for (String b : values) {
                assertEquals(Matching.same(a, b), Matching.same(a, Matching.words(b)), a + " / " + b);
            }
        }
        assertTrue(Matching.same("Public Sector", Matching.words("public-sector")));
    }
}
