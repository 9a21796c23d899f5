package org.coffeechat.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.pdf.BuiltInFonts;
import org.coffeechat.pdf.PrintResources;
import org.coffeechat.render.TemplateResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's print settings, {@code templates/print/settings.yaml}. */
class PrintThemeTest {

    @TempDir
    Path site;

    private PrintTheme load(String settings) throws IOException {
        Path file = site.resolve("templates/print/settings.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, settings);
        Files.createDirectories(site.resolve("static/fonts"));
        return PrintTheme.load(new TemplateResolver(List.of(new TemplateResolver.Root(site.resolve("templates"),
                "site/templates"))), new PrintResources(List.of(site.resolve("static"))));
    }

    private List<String> problems(String settings) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(settings));
        return e.diagnostics().stream().map(Object::toString).toList();
    }

    @Test
    void takesTheBuiltInLookWhenThereIsNoSettingsFile() {
        PrintTheme theme = PrintTheme.load(new TemplateResolver(List.of()), new PrintResources(List.of()));
        assertEquals(PrintTheme.defaults(), theme);
        assertEquals(BuiltInFonts.text(), theme.text());
    }

    @Test
    void readsTheSizeAndColoursAndKeepsTheRestBuiltIn() throws IOException {
        PrintTheme theme = load("size: 11.5\ncolors:\n  text: \"#102030\"\n");
        assertEquals(11.5f, theme.size());
        assertEquals(new Color(0x102030), theme.ink());
        assertEquals(PrintTheme.defaults().muted(), theme.muted());
        assertEquals(BuiltInFonts.text(), theme.text());
    }

    @Test
    void usesAThemeFontFromItsStaticFolder() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("coffeechat/fonts/NotoSans_400Regular_Italic.ttf")) {
            Files.createDirectories(site.resolve("static/fonts"));
            Files.write(site.resolve("static/fonts/Mine.ttf"), in.readAllBytes());
        }
        PrintTheme theme = load("fonts:\n  headings:\n    regular: fonts/Mine.ttf\n");
        assertEquals("fonts/Mine.ttf", theme.headings().regular().name());
        assertEquals(BuiltInFonts.text(), theme.text());
    }

    @Test
    void refusesAFontOutsideTheStaticFolders() {
        List<String> p = problems("fonts:\n  text:\n    regular: /etc/hosts\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("site/templates/print/settings.yaml:3:14: fonts.text.regular: '/etc/hosts' is in "
                + "none of the static/ folders"), p.get(0));
    }

    @Test
    void refusesAFileThatIsNotATrueTypeFont() throws IOException {
        Files.createDirectories(site.resolve("static/fonts"));
        Files.writeString(site.resolve("static/fonts/web.woff"), "wOFF and more");
        Files.writeString(site.resolve("static/fonts/notes.ttf"), "just some text, not a font");
        List<String> p = problems("fonts:\n  text:\n    regular: fonts/web.woff\n  headings:\n    regular: fonts/notes.ttf\n");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains(":3:14: fonts.text.regular: 'fonts/web.woff' is a WOFF web font")), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains(":5:14: fonts.headings.regular: fonts/notes.ttf is not a TrueType font")),
                p.toString());
    }

    @Test
    void reportsEveryMistakeOfTheFileTogetherWithDidYouMean() {
        List<String> p = problems("size: 30\ncolours:\n  text: red\n");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("site/templates/print/settings.yaml:1:7: 'size' is the text size in points, from 8 to 13"),
                p.toString());
        assertTrue(p.get(1).contains("settings.yaml:2:1: ") && p.get(1).contains("did you mean 'colors'?"), p.toString());
    }

    @Test
    void refusesAColourThatIsNotHex() {
        List<String> p = problems("colors:\n  rule: red\n");
        assertEquals(List.of("site/templates/print/settings.yaml:2:9: colors.rule must be a colour like \"#1f4e79\", found 'red'"), p);
    }
}
