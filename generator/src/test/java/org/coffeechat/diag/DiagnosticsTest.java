package org.coffeechat.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void printsAsPathLineColumnAndMessage() {
        Diagnostic error = new Diagnostic(new SourceLocation("content/faq.yaml", 4, 7), Diagnostic.Severity.ERROR, "bad");
        Diagnostic warning = new Diagnostic(SourceLocation.file("site.yaml"), Diagnostic.Severity.WARNING, "odd");

        assertThat(error).hasToString("content/faq.yaml:4:7: bad");
        assertThat(warning).hasToString("site.yaml:1:1: warning: odd");
    }

    @Test
    void sortsByFileThenLineThenColumnAndDropsRepeats() {
        Diagnostics d = new Diagnostics();
        d.error(new SourceLocation("b.yaml", 1, 1), "third");
        d.error(new SourceLocation("a.yaml", 10, 2), "second");
        d.error(new SourceLocation("a.yaml", 2, 9), "first");
        d.error(new SourceLocation("a.yaml", 2, 9), "first");

        assertThat(d.sorted()).extracting(Diagnostic::message).containsExactly("first", "second", "third");
    }

    @Test
    void givesTheSameOrderWhateverOrderThreadsReportedIn() {
        Diagnostics d = new Diagnostics();
        IntStream.range(0, 500).parallel().forEach(i -> d.error(new SourceLocation("f", 500 - i, 1), "line " + (500 - i)));

        assertThat(d.sorted()).extracting(x -> x.location().line()).isSorted().hasSize(500);
    }

    @Test
    void warningsAloneDoNotStopARun() {
        Diagnostics d = new Diagnostics();
        d.warning(SourceLocation.file("f"), "just so you know");

        assertThat(d.hasErrors()).isFalse();
        assertThat(d.hasWarnings()).isTrue();
        d.throwIfErrors();
    }

    @Test
    void failsOnceWithEveryProblemWhenThereIsAnError() {
        Diagnostics d = new Diagnostics();
        d.error(SourceLocation.file("a"), "one");
        d.warning(SourceLocation.file("b"), "two");
        d.error(SourceLocation.file("c"), "three");

        assertThatThrownBy(d::throwIfErrors).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.diagnostics()).hasSize(3);
            assertThat(e.errorCount()).isEqualTo(2);
            assertThat(e.getStackTrace()).isEmpty();
            assertThat(e.getMessage()).isEqualTo("a:1:1: one\nb:1:1: warning: two\nc:1:1: three");
        });
    }
}
