package org.coffeechat.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * Fonts for one document: the built-in Noto families plus the theme's {@code @font-face} fonts.
 * The PDF standard fonts (Times, Helvetica, Courier), which are never embedded, are not offered:
 * the generic families {@code serif}, {@code sans-serif} and {@code monospace}, and any family
 * nobody provides, resolve to Noto Sans.
 */
final class PrintFontResolver extends ITextFontResolver {

    private static final Constructor<FontFamily> NEW_FAMILY;

    static {
        try {
            // Flying Saucer offers no public way to add an already loaded font to a family.
            NEW_FAMILY = FontFamily.class.getDeclaredConstructor(String.class);
            NEW_FAMILY.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("this Flying Saucer version has no FontFamily(String)", e);
        }
    }

    private static FontFamily family(String name) {
        try {
            return NEW_FAMILY.newInstance(name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the font family " + name, e);
        }
    }

    @Override
    protected Map<String, FontFamily> loadFonts() {
        Map<String, FontFamily> families = new HashMap<>();
        for (BuiltInFonts.Face face : BuiltInFonts.faces()) {
            families.computeIfAbsent(face.family(), PrintFontResolver::family).addFontDescription(face.description());
        }
        FontFamily text = families.get(BuiltInFonts.TEXT);
        // What ITextFontResolver falls back to and how it names the generic CSS families.
        for (String alias : List.of("Serif", "SansSerif", "Monospaced")) {
            families.put(alias, text);
        }
        return families;
    }

    /**
     * Gives the theme's {@code @font-face} fonts the document's deterministic subset tags and
     * returns the fonts the theme uses for text (the built-in text face when it declares none).
     */
    List<BaseFont> themeTextFonts() {
        Set<BaseFont> fromFontFace = new LinkedHashSet<>();
        for (FontFamily family : getFonts().values()) {
            for (FontDescription description : family.getFontDescriptions()) {
                if (description.isFromFontFace()) {
                    description.getFont().setSecureRandom(SubsetTags.INSTANCE);
                    fromFontFace.add(description.getFont());
                }
            }
        }
        if (fromFontFace.isEmpty()) {
            // The four faces of the built-in text family cover the same characters: one stands for all.
            return List.of(BuiltInFonts.fallbackChain().get(0).font());
        }
        return List.copyOf(fromFontFace);
    }
}
