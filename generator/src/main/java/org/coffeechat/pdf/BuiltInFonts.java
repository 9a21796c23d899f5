package org.coffeechat.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts packaged in the jar under {@code coffeechat/fonts/} (OFL-licensed Noto, fetched by the
 * build from the npm registry and pinned by checksum, licences beside them): Noto Sans in four faces
 * for Latin (every European diacritic, Vietnamese), Greek and Cyrillic; Noto Sans SC for Chinese and
 * Japanese kana; Noto Sans Arabic (Persian and Urdu letters too), Hebrew, Devanagari, Bengali,
 * Gurmukhi, Tamil and Thai, each in regular and bold; Noto Sans KR for Hangul; Noto Emoji for emoji.
 * Loaded once per JVM, on first use, and shared by every document; each document embeds only the
 * glyphs it uses.
 */
public final class BuiltInFonts {

    private BuiltInFonts() {
    }

    private static final class Holder {
        static final FontFamily TEXT = new FontFamily("Noto Sans",
                load("NotoSans_400Regular.ttf", false, false), load("NotoSans_700Bold.ttf", true, false),
                load("NotoSans_400Regular_Italic.ttf", false, true), load("NotoSans_700Bold_Italic.ttf", true, true));
        static final FontFamily CJK = regularOnly("Noto Sans SC", "NotoSansSC");
        /** Every family a character looks in, in order; see {@link #fallback()}. */
        static final List<FontFamily> FALLBACK = List.of(TEXT, CJK,
                withBold("Noto Sans Arabic", "NotoSansArabic"), withBold("Noto Sans Hebrew", "NotoSansHebrew"),
                withBold("Noto Sans Devanagari", "NotoSansDevanagari"), withBold("Noto Sans Bengali", "NotoSansBengali"),
                withBold("Noto Sans Gurmukhi", "NotoSansGurmukhi"), withBold("Noto Sans Tamil", "NotoSansTamil"),
                withBold("Noto Sans Thai", "NotoSansThai"), regularOnly("Noto Sans KR", "NotoSansKR"),
                regularOnly("Noto Emoji", "NotoEmoji"));

        private static FontFamily withBold(String family, String file) {
            return new FontFamily(family, load(file + "_400Regular.ttf", false, false),
                    load(file + "_700Bold.ttf", true, false), null, null);
        }

        private static FontFamily regularOnly(String family, String file) {
            return new FontFamily(family, load(file + "_400Regular.ttf", false, false), null, null, null);
        }
    }

    /** Noto Sans: the text of every packet unless its theme names other fonts, and the first fallback. */
    public static FontFamily text() {
        return Holder.TEXT;
    }

    /**
     * The families a character looks in, in this order, when the font of its text lacks it: Noto
     * Sans, Noto Sans SC, then the families of the other scripts, Noto Sans KR and Noto Emoji last.
     */
    public static List<FontFamily> fallback() {
        return Holder.FALLBACK;
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
