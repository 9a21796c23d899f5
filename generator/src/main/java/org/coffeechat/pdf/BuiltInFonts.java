package org.coffeechat.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.TrueTypeUtil;

/**
 * The fonts packaged in the jar under {@code coffeechat/fonts/} (OFL-licensed Noto, fetched by the
 * build from the npm registry and pinned by checksum): Noto Sans in four faces for Latin, Greek
 * and Cyrillic, and Noto Sans SC for Chinese and Japanese characters. Loaded once per JVM and
 * shared by every document; each document embeds only the glyphs it uses.
 */
final class BuiltInFonts {

    /** The family of running text unless a theme names another. */
    static final String TEXT = "Noto Sans";
    /** The family for CJK characters. */
    static final String CJK = "Noto Sans SC";

    /** One font file: its family, weight, style, and how Flying Saucer describes it (underline position...). */
    record Face(String family, int weight, IdentValue style, BaseFont font, FontDescription description) {
    }

    private BuiltInFonts() {
    }

    private static final class Holder {
        static final List<Face> FACES = List.of(
                load(TEXT, 400, IdentValue.NORMAL, "NotoSans_400Regular.ttf"),
                load(TEXT, 700, IdentValue.NORMAL, "NotoSans_700Bold.ttf"),
                load(TEXT, 400, IdentValue.ITALIC, "NotoSans_400Regular_Italic.ttf"),
                load(TEXT, 700, IdentValue.ITALIC, "NotoSans_700Bold_Italic.ttf"),
                load(CJK, 400, IdentValue.NORMAL, "NotoSansSC_400Regular.ttf"));
    }

    static List<Face> faces() {
        return Holder.FACES;
    }

    /** The regular face of each family, in the order a character looks for a font that has it. */
    static List<Face> fallbackChain() {
        return List.of(Holder.FACES.get(0), Holder.FACES.get(4));
    }

    private static Face load(String family, int weight, IdentValue style, String file) {
        String resource = "coffeechat/fonts/" + file;
        try (InputStream in = BuiltInFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the coffeechat jar");
            }
            byte[] bytes = in.readAllBytes();
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            font.setSecureRandom(SubsetTags.INSTANCE);
            FontDescription description = TrueTypeUtil.extractDescription(file, bytes, font, false,
                    weight == 700 ? IdentValue.FONT_WEIGHT_700 : IdentValue.FONT_WEIGHT_400, style);
            return new Face(family, weight, style, font, description);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the font " + resource + " is damaged", e);
        }
    }
}
