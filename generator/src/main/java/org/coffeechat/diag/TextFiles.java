package org.coffeechat.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a user's text file as UTF-8, reporting a file that is not UTF-8 at the line of its first bad byte. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The file's text, or empty with a problem reported.
     *
     * @param display how the file is named in messages
     */
    public static Optional<String> read(Path file, String display, Diagnostics problems) {
        try {
            // The JDK's own decoding: its ASCII fast path matters when a site has thousands of pages.
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            notUtf8(file, display, problems);
        } catch (IOException e) {
            problems.error(SourceLocation.file(display), "cannot read this file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Reports a file that is not UTF-8 at its first bad byte (reading it again: this happens once per bad file). */
    private static void notUtf8(Path file, String display, Diagnostics problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(SourceLocation.file(display), "cannot read this file: " + e.getMessage());
            return;
        }
        notUtf8(bytes, display, problems);
    }

    /**
     * Reports {@code bytes}, which did not decode as UTF-8, at their first bad byte; at the file when
     * none is bad (the file was fixed between the two reads).
     */
    static void notUtf8(byte[] bytes, String display, Diagnostics problems) {
        int bad = firstBadByte(bytes);
        if (bad == bytes.length) {
            problems.error(SourceLocation.file(display), "this file is not UTF-8 text; save it as UTF-8 in your editor");
            return;
        }
        // Lines end at LF, CRLF or a lone CR, as YAML and Markdown count them; the bytes before the bad one are UTF-8.
        String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
        problems.error(SourceLocation.file(display).inWritten(before, before.length()), String.format(
                "this file is not UTF-8 text (byte 0x%02x); save it as UTF-8 in your editor", bytes[bad] & 0xff));
    }

    /** The index of the first byte that does not start a valid UTF-8 sequence, or {@code bytes.length} when none. */
    static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // Decode growing prefixes ending at line breaks would be slower; a byte-wise scan of the
        // UTF-8 structure finds the first sequence the decoder refuses.
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return i;
            }
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, i, length));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += length;
        }
        return bytes.length;
    }
}
