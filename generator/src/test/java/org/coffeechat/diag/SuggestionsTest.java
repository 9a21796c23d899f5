package org.coffeechat.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("objective", "category", "priority", "why");

    @Test
    void suggestsTheCandidateOneTypoAway() {
        assertThat(Suggestions.closest("objectve", KEYS)).contains("objective");
        assertThat(Suggestions.closest("categroy", KEYS)).contains("category");
    }

    @Test
    void ignoresCaseWhenComparing() {
        assertThat(Suggestions.closest("Priority", KEYS)).contains("priority");
    }

    @Test
    void suggestsNothingWhenEveryCandidateIsFarAway() {
        assertThat(Suggestions.closest("colour", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("colour", KEYS)).isEmpty();
    }

    @Test
    void allowsMoreEditsForLongerWords() {
        assertThat(Suggestions.closest("followUpAfterDay", List.of("followUpAfterDays", "checkInMonths")))
                .contains("followUpAfterDays");
        assertThat(Suggestions.closest("folowUpAftrDys", List.of("followUpAfterDays"))).contains("followUpAfterDays");
    }

    @Test
    void breaksTiesAlphabeticallySoTheAnswerNeverDependsOnInputOrder() {
        assertThat(Suggestions.closest("cat", List.of("hat", "bat"))).contains("bat");
        assertThat(Suggestions.closest("cat", List.of("bat", "hat"))).contains("bat");
    }

    @Test
    void phrasesTheSuggestionForAMessage() {
        assertThat(Suggestions.didYouMean("wy", KEYS)).isEqualTo("; did you mean 'why'?");
    }

    @Test
    void countsEditsAsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
