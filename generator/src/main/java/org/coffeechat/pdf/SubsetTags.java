package org.coffeechat.pdf;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * The source of the six-letter tags ({@code ABCDEF+NotoSans}) OpenPDF puts before the name of
 * every embedded font subset. OpenPDF draws them from a {@link SecureRandom}; this one gives each
 * document, on the thread that writes it, a sequence that depends only on that document, so the
 * same inputs give the same bytes while different subsets in one document still get different tags.
 */
final class SubsetTags extends SecureRandom {

    private static final long serialVersionUID = 1L;

    /** Shared by every font: OpenPDF asks the font for its random source when a document closes. */
    static final SubsetTags INSTANCE = new SubsetTags();

    private static final ThreadLocal<SplittableRandom> CURRENT = new ThreadLocal<>();

    private SubsetTags() {
    }

    /** Starts the sequence of the document this thread is about to write. */
    static void begin(long seed) {
        CURRENT.set(new SplittableRandom(seed));
    }

    static void end() {
        CURRENT.remove();
    }

    @Override
    public double nextDouble() {
        SplittableRandom random = CURRENT.get();
        if (random == null) {
            throw new IllegalStateException("a PDF was written outside PdfRenderer: no subset tag sequence");
        }
        return random.nextDouble();
    }
}
