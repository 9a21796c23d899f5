package org.coffeechat.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoryOutputTest {

    @Test
    void keepsFilesSortedByPathWhateverTheOrderTheyWereWritten() {
        MemoryOutput out = new MemoryOutput();
        IntStream.range(0, 200).parallel().forEach(i -> out.write(String.format("p/%03d.html", 199 - i), new byte[] {1}));
        out.write("index.html", new byte[] {2});

        assertThat(java.util.List.copyOf(out.files().keySet())).hasSize(201).isSorted().startsWith("index.html", "p/000.html");
    }

    @Test
    void keepsACopyOfTheBytesItWasGiven() {
        MemoryOutput out = new MemoryOutput();
        byte[] content = "before".getBytes(StandardCharsets.UTF_8);
        out.write("a.html", content);
        content[0] = 'X';

        assertThat(out.text("a.html")).isEqualTo("before");
        assertThat(out.text("missing.html")).isNull();
    }

    @Test
    void refusesPathsThatLeaveTheOutputFolder() {
        MemoryOutput out = new MemoryOutput();

        assertThatThrownBy(() -> out.write("../x.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> out.write("/x.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(out.files()).isEmpty();
    }

    @Test
    void theFilesItShowsCannotBeChangedFromOutside() {
        MemoryOutput out = new MemoryOutput();
        out.write("a.html", new byte[] {1});

        assertThatThrownBy(() -> out.files().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
