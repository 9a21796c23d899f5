package org.coffeechat.output;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Keeps a build's files in memory, sorted by path. */
public final class MemoryOutput implements Output {

    private final ConcurrentSkipListMap<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void write(String path, byte[] content) {
        files.put(Output.checkPath(path), content.clone());
    }

    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public String text(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Map<String, byte[]> snapshot() {
        return Map.copyOf(files);
    }
}
