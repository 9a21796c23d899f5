package org.coffeechat.print;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coffeechat.config.Colors;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.TextFiles;
import org.coffeechat.pdf.BuiltInFonts;
import org.coffeechat.pdf.Face;
import org.coffeechat.pdf.FontFamily;
import org.coffeechat.pdf.PrintResources;
import org.coffeechat.render.TemplateResolver;
import org.coffeechat.yaml.Fields;
import org.coffeechat.yaml.YamlReader;

/**
 * How a theme prints: the fonts of its text and headings, the size of its running text and the
 * colours besides the site's own (its primary and accent colours and its logo come from
 * {@code site.yaml}, as on the website). Read from {@value #FILE}, found like a template (the
 * site's {@code templates/}, then the theme's, then the built-in theme's); the font files it names
 * come from the static folders (the site's, the theme's, the built-in theme's). Every key is
 * optional; what is left out takes the built-in value.
 *
 * @param source where the settings came from, for messages
 */
public record PrintTheme(FontFamily text, FontFamily headings, float size, Color ink, Color muted, Color rule,
                         Color tint, String source) {

    /** The settings file, by its template name. */
    public static final String FILE = "print/settings.yaml";

    private static final List<String> KEYS = List.of("fonts", "size", "colors");
    private static final List<String> FONT_KEYS = List.of("text", "headings");
    private static final List<String> FACE_KEYS = List.of("regular", "bold", "italic", "boldItalic");
    private static final List<String> COLOR_KEYS = List.of("text", "muted", "rule", "tint");
    private static final float MIN_SIZE = 8;
    private static final float MAX_SIZE = 13;

    /** The built-in look: Noto Sans at 10 points, near-black text. */
    public static PrintTheme defaults() {
        return new PrintTheme(BuiltInFonts.text(), BuiltInFonts.text(), 10, new Color(0x1d1d1f), new Color(0x55585e),
                new Color(0xc9ccd1), new Color(0xf3f5f7), "(built-in)");
    }

    /**
     * Reads the print settings of a site and its theme, loading the fonts they name.
     *
     * @param statics the static folders, the one that wins first
     * @throws InvalidInputException with every problem of the file (path:line:col), when it has any
     */
    public static PrintTheme load(TemplateResolver templates, PrintResources statics) {
        Diagnostics problems = new Diagnostics();
        PrintTheme theme = load(templates, statics, problems);
        problems.throwIfErrors();
        return theme;
    }

    /** As {@link #load(TemplateResolver, PrintResources)}, reporting problems to {@code problems}. */
    public static PrintTheme load(TemplateResolver templates, PrintResources statics, Diagnostics problems) {
        Optional<Path> file = templates.find(FILE);
        if (file.isEmpty()) {
            return defaults();
        }
        String display = templates.display(file.get());
        Optional<String> text = TextFiles.read(file.get(), display, problems);
        if (text.isEmpty()) {
            return defaults();
        }
        return YamlReader.read(display, text.get(), 1, problems)
                .flatMap(root -> Fields.of(root, "the print settings", KEYS, problems))
                .map(f -> fromFields(f, statics, display, problems))
                .orElseGet(PrintTheme::defaults);
    }

    private static PrintTheme fromFields(Fields f, PrintResources statics, String display, Diagnostics problems) {
        PrintTheme d = defaults();
        FontFamily textFamily = d.text();
        FontFamily headingFamily = null;
        Optional<Fields> fonts = f.nested("fonts", "'fonts'", FONT_KEYS);
        if (fonts.isPresent()) {
            textFamily = family(fonts.get(), "text", statics, problems).orElse(d.text());
            headingFamily = family(fonts.get(), "headings", statics, problems).orElse(null);
        }
        float size = f.optionalString("size").flatMap(s -> size(s, f.locationOf("size"), problems)).orElse(d.size());
        Color ink = d.ink();
        Color muted = d.muted();
        Color rule = d.rule();
        Color tint = d.tint();
        Optional<Fields> colors = f.nested("colors", "'colors'", COLOR_KEYS);
        if (colors.isPresent()) {
            ink = color(colors.get(), "text", ink, problems);
            muted = color(colors.get(), "muted", muted, problems);
            rule = color(colors.get(), "rule", rule, problems);
            tint = color(colors.get(), "tint", tint, problems);
        }
        return new PrintTheme(textFamily, headingFamily == null ? textFamily : headingFamily, size, ink, muted, rule, tint,
                display);
    }

    private static Optional<FontFamily> family(Fields fonts, String key, PrintResources statics, Diagnostics problems) {
        Optional<Fields> faces = fonts.nested(key, "'fonts." + key + "'", FACE_KEYS);
        if (faces.isEmpty()) {
            return Optional.empty();
        }
        Fields f = faces.get();
        Optional<Face> regular = face(f, key, "regular", statics, problems, false, false);
        if (regular.isEmpty()) {
            if (!f.has("regular")) {
                problems.error(f.location(), "'fonts." + key + "' needs a 'regular' font file");
            }
            return Optional.empty();
        }
        Face bold = face(f, key, "bold", statics, problems, true, false).orElse(null);
        Face italic = face(f, key, "italic", statics, problems, false, true).orElse(null);
        Face boldItalic = face(f, key, "boldItalic", statics, problems, true, true).orElse(null);
        return Optional.of(new FontFamily(regular.get().name(), regular.get(), bold, italic, boldItalic));
    }

    private static Optional<Face> face(Fields f, String family, String key, PrintResources statics, Diagnostics problems,
                                       boolean bold, boolean italic) {
        Optional<String> path = f.optionalString(key);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        SourceLocation at = f.locationOf(key);
        String name = "fonts." + family + "." + key;
        Optional<Path> file = statics.find(path.get());
        if (file.isEmpty()) {
            problems.error(at, name + ": '" + path.get() + "' is in none of the static/ folders ("
                    + String.join(", ", statics.roots().stream().map(Path::toString).toList())
                    + "); write a path inside static/, such as fonts/MyFont-Regular.ttf");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.get());
        } catch (IOException e) {
            problems.error(at, name + ": cannot read '" + path.get() + "': " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length >= 4 && (startsWith(bytes, "wOFF") || startsWith(bytes, "wOF2"))) {
            problems.error(at, name + ": '" + path.get() + "' is a WOFF web font, which only browsers read; "
                    + "name the TrueType (.ttf) file of the same font");
            return Optional.empty();
        }
        if (bytes.length >= 4 && startsWith(bytes, "OTTO")) {
            problems.error(at, name + ": '" + path.get() + "' has PostScript (CFF) outlines, which coffeechat "
                    + "cannot embed; name the TrueType (.ttf) version of the font");
            return Optional.empty();
        }
        try {
            return Optional.of(Face.read(path.get(), bytes, bold, italic));
        } catch (Face.FontException e) {
            problems.error(at, name + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (bytes[i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Float> size(String text, SourceLocation at, Diagnostics problems) {
        try {
            float size = Float.parseFloat(text.strip());
            if (size >= MIN_SIZE && size <= MAX_SIZE) {
                return Optional.of(size);
            }
        } catch (NumberFormatException e) {
            // Reported below with the allowed range.
        }
        problems.error(at, String.format(Locale.ROOT, "'size' is the text size in points, from %.0f to %.0f; found '%s'",
                MIN_SIZE, MAX_SIZE, text));
        return Optional.empty();
    }

    private static Color color(Fields c, String key, Color fallback, Diagnostics problems) {
        return Colors.read(c, key, problems).map(PacketStyle::hex).orElse(fallback);
    }
}
