package org.coffeechat.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the sample in a fresh JVM, for {@link PdfBookTest#givesIdenticalBytesInAnotherJvm()}. */
public final class RenderSample {

    private RenderSample() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), Pdfs.sample(Pdfs.info()));
    }
}
