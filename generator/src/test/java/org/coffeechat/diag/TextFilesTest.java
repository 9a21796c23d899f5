package org.coffeechat.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    private final Diagnostics problems = new Diagnostics();

    private String read(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("f.yaml"), bytes);
        return TextFiles.read(file, "f.yaml", problems).orElse(null);
    }

    @Test
    void readsUtf8Text() throws IOException {
        assertThat(read("Zoë: 日本\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("Zoë: 日本\n");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void pointsAtTheFirstByteThatIsNotUtf8CountingEveryKindOfLineEnd() throws IOException {
        assertThat(read(new byte[] {'a', '\n', 'b', '\r', '\n', 'c', '\r', 'd', 'e', (byte) 0xe9, '\n'})).isNull();
        assertThat(problems.sorted()).extracting(Object::toString).containsExactly(
                "f.yaml:4:3: this file is not UTF-8 text (byte 0xe9); save it as UTF-8 in your editor");
    }

    @Test
    void pointsAtABadByteRightAfterALoneCrOnTheNextLine() throws IOException {
        assertThat(read(new byte[] {'a', '\r', (byte) 0xc0, 'b'})).isNull();
        assertThat(problems.sorted()).extracting(Object::toString).containsExactly(
                "f.yaml:2:1: this file is not UTF-8 text (byte 0xc0); save it as UTF-8 in your editor");
    }

    @Test
    void findsNoBadByteInUtf8Text() {
        byte[] text = "ab\nZoë 日本\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(TextFiles.firstBadByte(text)).isEqualTo(text.length);
        assertThat(TextFiles.firstBadByte(new byte[0])).isZero();
        assertThat(TextFiles.firstBadByte(new byte[] {'a', 'b', (byte) 0xff})).isEqualTo(2);
    }

    @Test
    void aFileFixedBetweenTheTwoReadsIsNotSaidToHaveABadFirstByte() {
        TextFiles.notUtf8("name: Zoë\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "f.yaml", problems);

        assertThat(problems.sorted()).extracting(Object::toString).containsExactly(
                "f.yaml:1:1: this file is not UTF-8 text; save it as UTF-8 in your editor");
    }
}
