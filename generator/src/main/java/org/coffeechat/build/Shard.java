package org.coffeechat.build;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * One of {@code count} shares of a folder of profiles, numbered from 1, so a CI matrix can split
 * a large cohort across machines. A file belongs to the share given by a stable hash (CRC-32) of
 * its file name: the same file always lands in the same share, whatever else the folder holds.
 */
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, found " + index + "/" + count);
        }
    }

    /** {@code K/N}, such as {@code 2/4}; empty (with nothing thrown) when the text is not of that form. */
    public static Optional<Shard> parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2 || !parts[0].matches("\\d{1,6}") || !parts[1].matches("\\d{1,6}")) {
            return Optional.empty();
        }
        int k = Integer.parseInt(parts[0]);
        int n = Integer.parseInt(parts[1]);
        return n >= 1 && k >= 1 && k <= n ? Optional.of(new Shard(k, n)) : Optional.empty();
    }

    /** Whether the profile file named {@code fileName} (no folder) belongs to this share. */
    public boolean includes(String fileName) {
        CRC32 crc = new CRC32();
        crc.update(fileName.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
