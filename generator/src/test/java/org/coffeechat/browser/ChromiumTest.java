package org.coffeechat.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The browser tests skip only on a developer's machine without Chromium; in CI a missing browser fails. */
class ChromiumTest {

    private static final Path NOWHERE = Path.of("/nonexistent/chromium");

    @Test
    void aMissingBrowserFailsInCi() {
        assertThatThrownBy(() -> Chromium.whyUnavailable(NOWHERE, NOWHERE, Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Chromium is required in CI: run .ci/install-browser")
                .hasMessageContaining("/nonexistent/chromium");
    }

    @Test
    void aMissingBrowserOutsideCiSkipsWithInstructions() {
        assertThat(Chromium.whyUnavailable(NOWHERE, NOWHERE, Map.of())).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("Browser tests skipped").contains(".ci/install-browser"));
    }
}
