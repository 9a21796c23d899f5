package org.coffeechat.personal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes an Office file (a zip) reproducible: every entry gets the build's time instead of the
 * clock's, and the document's creation and modification dates ({@code docProps/core.xml}) become
 * the build timestamp. Entries keep their order and content.
 */
final class ReproducibleZip {

    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private ReproducibleZip() {
    }

    static byte[] normalize(byte[] zip, Instant time) {
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        String stamp = W3C.format(local);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        Path temp = null;
        try {
            // fastexcel writes Zip64 data descriptors, which ZipInputStream misreads; ZipFile reads the
            // central directory instead, and needs a file.
            temp = Files.createTempFile("coffeechat-", ".zip");
            Files.write(temp, zip);
            try (ZipFile in = new ZipFile(temp.toFile()); ZipOutputStream zout = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream data = in.getInputStream(entry)) {
                        content = data.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\\2>)", "$1" + stamp + "$3")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(local);
                    zout.putNextEntry(copy);
                    zout.write(content);
                    zout.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // A leftover temporary file is harmless; the system cleans its temporary folder.
                }
            }
        }
        return out.toByteArray();
    }
}
