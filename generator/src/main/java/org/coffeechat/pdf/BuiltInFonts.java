package org.coffeechat.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts packaged in the jar under {@code coffeechat/fonts/} (OFL-licensed Noto, fetched by the
 * build from the npm registry and pinned by checksum): Noto Sans in four faces for Latin, Greek
 * and Cyrillic, and Noto Sans SC for Chinese and Japanese characters. Loaded once per JVM, on first
 * use, and shared by every document; each document embeds only the glyphs it uses.
 */
public final class BuiltInFonts {

    private BuiltInFonts() {
    }

    private static final class Holder {
        static final FontFamily TEXT = new FontFamily("Noto Sans",
                load("NotoSans_400Regular.ttf", false, false), load("NotoSans_700Bold.ttf", true, false),
                load("NotoSans_400Regular_Italic.ttf", false, true), load("NotoSans_700Bold_Italic.ttf", true, true));
        static final FontFamily CJK = new FontFamily("Noto Sans SC", load("NotoSansSC_400Regular.ttf", false, false),
                null, null, null);
    }

    /** Noto Sans: the text of every packet unless its theme names other fonts, and the first fallback. */
    public static FontFamily text() {
        return Holder.TEXT;
    }

    /** The families a character looks in, in this order, when the font of its text lacks it. */
    public static List<FontFamily> fallback() {
        return List.of(Holder.TEXT, Holder.CJK);
    }

    private static Face load(String file, boolean bold, boolean italic) {
        String resource = "coffeechat/fonts/" + file;
        try (InputStream in = BuiltInFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the coffeechat jar");
            }
            return Face.read(file, in.readAllBytes(), bold, italic);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }
}
