package org.coffeechat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
