package org.coffeechat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.coffeechat.pdf.TextLayout.Line;
import org.coffeechat.pdf.TextLayout.Segment;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static List<String> runs(Line line) {
        return line.segments().stream().map(s -> s.face().name() + ":" + s.text()).toList();
    }

    @Test
    void setsCjkRunsInTheCjkFontAndLeavesTheRestAlone() {
        Line line = Pdfs.LAYOUT.line("Meet 王小明 and Дарья, Zoë, Łukasz.", Pdfs.BODY);
        assertEquals(List.of("NotoSans_400Regular.ttf:Meet ", "NotoSansSC_400Regular.ttf:王小明",
                "NotoSans_400Regular.ttf: and Дарья, Zoë, Łukasz."), runs(line));
    }

    @Test
    void usesTheFallbackFamiliesInOrderForCharactersTheThemeFontLacks() {
        // A theme whose text font is the CJK one: what it has stays in it, what it lacks comes from Noto Sans.
        FontFamily cjk = BuiltInFonts.fallback().get(1);
        int lacking = -1;
        for (int c = 0x100; c < 0x500 && lacking < 0; c++) {
            if (!cjk.regular().has(c) && Pdfs.TEXT.regular().has(c)) {
                lacking = c;
            }
        }
        assertTrue(lacking > 0, "Noto Sans SC lacks some Latin, Greek or Cyrillic letter");
        Line line = Pdfs.LAYOUT.line("王 A" + (char) lacking, Pdfs.BODY.withFamily(cjk));
        assertEquals(List.of("NotoSansSC_400Regular.ttf:王 A", "NotoSans_400Regular.ttf:" + (char) lacking), runs(line));
    }

    @Test
    void drawsABoldTheFamilyLacksAndKeepsTheRealOne() {
        Line line = Pdfs.LAYOUT.line("Bold 王", Pdfs.BODY.withBold(true));
        assertEquals(List.of(false, true), line.segments().stream().map(Segment::fakeBold).toList(),
                "Noto Sans has a bold face; Noto Sans SC gets a drawn bold");
    }

    @Test
    void breaksAtSpacesAndKeepsEveryLineInsideTheWidth() {
        String text = "Which skills matter most in your role, and which would you learn first at my stage?";
        List<Line> lines = Pdfs.LAYOUT.lines(text, Pdfs.BODY, 120);
        assertTrue(lines.size() > 2, lines.toString());
        StringBuilder joined = new StringBuilder();
        for (Line l : lines) {
            assertTrue(l.width() <= 120.01f, l.width() + " > 120");
            l.segments().forEach(s -> joined.append(s.text()));
            joined.append(' ');
        }
        assertEquals(text, joined.toString().strip());
    }

    @Test
    void breaksBetweenCjkCharactersAndCutsAWordLongerThanTheLine() {
        for (Line l : Pdfs.LAYOUT.lines("王小明王小明王小明王小明王小明王小明", Pdfs.BODY, 40)) {
            assertTrue(l.width() <= 40.01f, String.valueOf(l.width()));
        }
        List<Line> cut = Pdfs.LAYOUT.lines("Wolfeschlegelsteinhausenbergerdorff", Pdfs.BODY, 50);
        assertTrue(cut.size() > 1, "a word wider than the line is cut");
        cut.forEach(l -> assertTrue(l.width() <= 50.01f, String.valueOf(l.width())));
    }

    @Test
    void startsANewLineAtEveryNewline() {
        assertEquals(3, Pdfs.LAYOUT.lines("one\ntwo\nthree", Pdfs.BODY, 500).size());
    }

    // ---- scripts that join, reorder and run right to left ----------------------------------------

    private static String text(Line line) {
        StringBuilder b = new StringBuilder();
        line.segments().forEach(s -> b.append(s.text()));
        return b.toString();
    }

    @Test
    void shapesArabicIntoJoiningFormsNotTheIsolatedLettersOfTheCharacterMap() {
        Segment name = Pdfs.LAYOUT.line("محمد", Pdfs.BODY).segments().get(0);
        assertEquals("NotoSansArabic_400Regular.ttf", name.face().name());
        assertNotNull(name.glyphs(), "an Arabic run is shaped");
        // Isolated forms would be the character map's glyphs; joined forms are others.
        List<Integer> isolated = new ArrayList<>();
        "محمد".codePoints().forEach(cp -> isolated.add(name.face().font().glyph(cp)));
        List<Integer> shaped = new ArrayList<>();
        for (int g : name.glyphs().glyphs()) {
            shaped.add(g);
        }
        assertEquals(4, shaped.size());
        assertNotEquals(isolated, shaped);
        assertNotEquals(isolated.subList(0, 1), shaped.subList(shaped.size() - 1, shaped.size()),
                "the first letter, drawn rightmost, takes its initial form");
    }

    @Test
    void shapesDevanagariConjunctsAndTheVowelSignThatIsDrawnBeforeItsConsonant() {
        Segment priya = Pdfs.LAYOUT.line("प्रिया", Pdfs.BODY).segments().get(0);
        assertNotNull(priya.glyphs());
        int[] glyphs = priya.glyphs().glyphs();
        assertTrue(glyphs.length < "प्रिया".length(), "प् + र forms a conjunct: fewer glyphs than characters");
        TrueTypeFont font = priya.face().font();
        // The vowel sign i (or the font's variant of it sized to the conjunct) is drawn leftmost,
        // before the conjunct it follows in the text; the letter pa, first in the text, is not.
        assertNotEquals(font.glyph('प'), glyphs[0]);
        assertTrue(glyphs[0] == font.glyph('ि') || !"प्रिया".codePoints().anyMatch(cp -> font.glyph(cp) == glyphs[0]),
                "the first glyph drawn is the vowel sign i: " + glyphs[0]);
    }

    @Test
    void setsAnArabicNameBesideALatinOrganisationAndDigitsInReadingOrder() {
        Line rtl = Pdfs.LAYOUT.line("محمد الأحمد, Solaris Grid 2026", Pdfs.BODY);
        List<String> runs = new ArrayList<>();
        rtl.segments().forEach(s -> runs.add(s.text()));
        // The paragraph starts with an Arabic letter, so it is right to left: the Latin words and the
        // number, read left to right, stand at the left end, the Arabic name at the right.
        assertTrue(rtl.rightToLeft(), runs.toString());
        String last = runs.get(runs.size() - 1);
        assertTrue(last.contains("محمد"), "the Arabic name is drawn rightmost: " + runs);
        int latin = runs.indexOf(runs.stream().filter(r -> r.contains("Solaris")).findFirst().orElseThrow());
        assertTrue(latin < runs.size() - 1, runs.toString());
        assertTrue(text(rtl).contains("Solaris Grid 2026"), "the Latin run keeps its own order: " + runs);
    }

    @Test
    void keepsALatinParagraphLeftToRightWithTheArabicNameReadRightToLeftInside() {
        Line line = Pdfs.LAYOUT.line("Meet محمد الأحمد at 10:30", Pdfs.BODY);
        assertFalse(line.rightToLeft());
        List<String> runs = line.segments().stream().map(Segment::text).toList();
        assertTrue(runs.get(0).startsWith("Meet"), runs.toString());
        assertTrue(runs.get(runs.size() - 1).contains("10:30"), runs.toString());
        float x = -1;
        for (Segment s : line.segments()) {
            assertTrue(s.x() >= x, "segments are in drawing order, left to right");
            x = s.x();
        }
    }

    @Test
    void breaksThaiBetweenWordsAsTheDictionarySaysNotBetweenLetters() {
        String thai = "การสัมภาษณ์เพื่อขอข้อมูลช่วยให้นักศึกษาเรียนรู้เกี่ยวกับอาชีพและสร้างเครือข่าย";
        List<Line> lines = Pdfs.LAYOUT.lines(thai, Pdfs.BODY, 70);
        assertTrue(lines.size() > 2, "the sentence wraps: " + lines.size());
        BreakIterator words = BreakIterator.getLineInstance(new ULocale("th"));
        words.setText(thai);
        int at = 0;
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size() - 1; i++) {
            at += text(lines.get(i)).length();
            joined.append(text(lines.get(i)));
            assertTrue(words.isBoundary(at), "line " + (i + 1) + " ends inside a word: " + text(lines.get(i)));
            assertTrue(lines.get(i).width() <= 70.01f);
        }
        joined.append(text(lines.get(lines.size() - 1)));
        assertEquals(thai, joined.toString(), "no character is lost or doubled across the lines");
    }

    @Test
    void neverStartsALineWithAClosingCjkPunctuationMark() {
        String text = "王小明说：「我们明天见。」然后他走了，我们也走了。这是第二句话，还有第三句话。";
        for (float width = 20; width < 120; width += 3) {
            List<Line> lines = Pdfs.LAYOUT.lines(text, Pdfs.BODY, width);
            for (Line l : lines.subList(1, lines.size())) {
                char first = text(l).charAt(0);
                assertFalse("，。」：、）".indexOf(first) >= 0, "at width " + width + " a line starts with " + first);
            }
        }
    }

    @Test
    void printsACharacterNoFontHasAsItsCodePointAndSaysWhatItStandsFor() {
        String text = "Scribe 𓀀 of Thebes";
        assertEquals(List.of(0x13000), Pdfs.LAYOUT.undrawable(text, Pdfs.BODY));
        assertEquals(List.of(), Pdfs.LAYOUT.undrawable("محمد สมชาย 김민준 王 🧿", Pdfs.BODY),
                "the built-in fonts draw every script of the packet, emoji included");
        Line line = Pdfs.LAYOUT.line(text, Pdfs.BODY);
        Segment label = line.segments().stream().filter(s -> s.text().equals("[U+13000]")).findFirst().orElseThrow();
        assertEquals("𓀀", label.actualText(), "a reader extracting the text gets the character back");
        assertTrue(line.segments().stream().filter(s -> s != label).allMatch(s -> s.actualText() == null));
    }

    @Test
    void makesRoomForManyLabelsInOneParagraph() {
        // Each label takes nine characters for one or two: the text grows while it is measured.
        String text = "𓀀".repeat(40) + " and then a long tail of ordinary words after the hieroglyphs";
        List<Line> lines = Pdfs.LAYOUT.lines(text, Pdfs.BODY, 200);
        String all = String.join("", lines.stream().map(TextLayoutTest::text).toList());
        assertEquals(40, all.split("\\[U\\+13000]", -1).length - 1, all);
        assertTrue(all.endsWith("hieroglyphs"));
    }

    @Test
    void leavesLatinGreekAndCyrillicUnshapedForSpeed() {
        for (Segment s : Pdfs.LAYOUT.line("Zoë Ñúñez, Αλέξανδρος, Дарья, Nguyễn Thị Hương", Pdfs.BODY).segments()) {
            assertNull(s.glyphs(), s.text() + " is set from the character map");
        }
    }
}
