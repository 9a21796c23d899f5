package org.coffeechat.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Deflates the streams coffeechat writes itself (page content, font files, character maps) with
 * one {@link Deflater} per document at the fastest level: setting one up costs more than
 * compressing a page.
 */
final class Compressor implements AutoCloseable {

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private byte[] out = new byte[32 * 1024];

    /** A stream holding {@code data} deflated, marked /FlateDecode. */
    PdfStream stream(byte[] data) {
        return stream(data, data.length);
    }

    PdfStream stream(byte[] data, int length) {
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        int size = 0;
        while (!deflater.finished()) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            size += deflater.deflate(out, size, out.length - size);
        }
        PdfStream stream = new PdfStream(Arrays.copyOf(out, size));
        stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
        return stream;
    }

    @Override
    public void close() {
        deflater.end();
    }
}
