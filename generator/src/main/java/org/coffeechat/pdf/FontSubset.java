package org.coffeechat.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The glyphs of one {@link Face} that one document uses, numbered 1, 2, 3... in the order they
 * first appear: the codes the document's text is written in (two bytes each, Identity-H), and at
 * the end a Type 0 font with a subset of the font file holding just those glyphs, their widths,
 * and a ToUnicode map so the text can be searched and copied. The subset's six-letter tag is
 * derived from the glyphs it holds, so the same text gives the same file.
 */
final class FontSubset {

    private final Face face;
    private final String name;
    private final PdfName resourceName;
    private final PdfIndirectReference reference;
    /** The code of each glyph of the font in this document, 0 when it is not used yet. */
    private final char[] codeOf;
    private int[] glyphs = new int[64];
    private int[] unicodes = new int[64];
    /** What a code means when it is more than one character (a ligature, a cluster), else null. */
    private String[] texts = new String[64];
    /** The codes of glyphs that stand for more than one thing, by glyph and meaning. */
    private final java.util.Map<String, Integer> otherCodes = new java.util.HashMap<>();
    private int count;

    /** @param name the name a page's resources give it, such as {@code F1} */
    FontSubset(Face face, String name, PdfIndirectReference reference) {
        this.face = face;
        this.name = name;
        this.resourceName = new PdfName(name);
        this.reference = reference;
        this.codeOf = new char[face.font().numGlyphs()];
    }

    /** The face whose glyphs it holds. */
    Face face() {
        return face;
    }

    /** The name a page's resources give it, such as {@code F1}, without the slash. */
    String name() {
        return name;
    }

    PdfName resourceName() {
        return resourceName;
    }

    PdfIndirectReference reference() {
        return reference;
    }

    /**
     * Writes {@code text} as a PDF literal string of two-byte codes into {@code out}, taking note
     * of the glyphs it uses. A character the font lacks becomes its {@code .notdef} glyph.
     */
    void encode(String text, PdfBytes out) {
        TrueTypeFont font = face.font();
        out.raw('(');
        for (int i = 0; i < text.length(); i++) {
            int cp = text.charAt(i);
            if (Character.isHighSurrogate((char) cp) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint((char) cp, text.charAt(++i));
            }
            int glyph = font.glyph(cp);
            int code = 0;
            if (glyph != 0) {
                code = codeOf[glyph];
                if (code == 0) {
                    code = add(glyph, cp);
                } else if (unicodes[code - 1] != cp || texts[code - 1] != null) {
                    code = code(glyph, new String(Character.toChars(cp)));
                }
            }
            out.literalByte(code >> 8);
            out.literalByte(code & 0xFF);
        }
        out.raw(')');
    }

    /**
     * The code of a shaped glyph standing for {@code text}, taking note of it. A glyph drawn with
     * more than one meaning (a letter that is sometimes the base of a cluster and sometimes one of
     * its quiet parts) gets a code per meaning, so each use extracts as what it stands for; an empty
     * {@code text} is a glyph that stands for nothing of its own.
     */
    int code(int glyph, String text) {
        int code = codeOf[glyph];
        if (code != 0 && means(code - 1, text)) {
            return code;
        }
        String key = null;
        if (code != 0) {
            key = glyph + ":" + text;
            Integer other = otherCodes.get(key);
            if (other != null) {
                return other;
            }
        }
        int cp = text.isEmpty() ? -1 : text.codePointAt(0);
        int added = add(glyph, cp);
        if (cp < 0 || text.length() > Character.charCount(cp)) {
            texts[added - 1] = text;
        }
        if (key != null) {
            codeOf[glyph] = (char) code;
            otherCodes.put(key, added);
        }
        return added;
    }

    /** Whether code {@code i + 1} stands for {@code text}. */
    private boolean means(int i, String text) {
        if (texts[i] != null) {
            return texts[i].equals(text);
        }
        int u = unicodes[i];
        return !text.isEmpty() && text.codePointAt(0) == u && text.length() == Character.charCount(u);
    }

    private int add(int glyph, int unicode) {
        if (count == glyphs.length) {
            glyphs = java.util.Arrays.copyOf(glyphs, count * 2);
            unicodes = java.util.Arrays.copyOf(unicodes, count * 2);
            texts = java.util.Arrays.copyOf(texts, count * 2);
        }
        glyphs[count] = glyph;
        unicodes[count] = unicode;
        count++;
        codeOf[glyph] = (char) count;
        return count;
    }

    /** Writes the font's objects; {@code compressor} deflates its streams. */
    void write(PdfWriter writer, Compressor compressor) {
        TrueTypeFont font = face.font();
        String name = tag() + "+" + font.postScriptName();
        byte[] program = font.subset(glyphs, count);
        try {
            PdfStream file = compressor.stream(program);
            file.put(new PdfName("Length1"), new PdfNumber(program.length));
            PdfIndirectReference fileRef = writer.addToBody(file).getIndirectReference();

            PdfDictionary descriptor = new PdfDictionary(PdfName.FONTDESCRIPTOR);
            descriptor.put(PdfName.FONTNAME, new PdfName(name));
            descriptor.put(PdfName.FLAGS, new PdfNumber(font.flags()));
            int[] box = font.bbox();
            descriptor.put(PdfName.FONTBBOX, new PdfArray(new int[] {box[0], box[1], box[2], box[3]}));
            descriptor.put(PdfName.ITALICANGLE, new PdfNumber(font.italicAngle()));
            descriptor.put(PdfName.ASCENT, new PdfNumber(font.ascent()));
            descriptor.put(PdfName.DESCENT, new PdfNumber(font.descent()));
            descriptor.put(PdfName.CAPHEIGHT, new PdfNumber(font.capHeight()));
            descriptor.put(PdfName.STEMV, new PdfNumber(80));
            descriptor.put(PdfName.FONTFILE2, fileRef);
            PdfIndirectReference descriptorRef = writer.addToBody(descriptor).getIndirectReference();

            PdfDictionary cidFont = new PdfDictionary(PdfName.FONT);
            cidFont.put(PdfName.SUBTYPE, PdfName.CIDFONTTYPE2);
            cidFont.put(PdfName.BASEFONT, new PdfName(name));
            PdfDictionary system = new PdfDictionary();
            system.put(PdfName.REGISTRY, new PdfString("Adobe"));
            system.put(PdfName.ORDERING, new PdfString("Identity"));
            system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
            cidFont.put(PdfName.CIDSYSTEMINFO, system);
            cidFont.put(PdfName.FONTDESCRIPTOR, descriptorRef);
            cidFont.put(PdfName.DW, new PdfNumber(1000));
            cidFont.put(PdfName.W, widths(font));
            cidFont.put(PdfName.CIDTOGIDMAP, PdfName.IDENTITY);
            PdfIndirectReference cidRef = writer.addToBody(cidFont).getIndirectReference();

            PdfIndirectReference toUnicode = writer.addToBody(compressor.stream(toUnicode())).getIndirectReference();

            PdfDictionary type0 = new PdfDictionary(PdfName.FONT);
            type0.put(PdfName.SUBTYPE, PdfName.TYPE0);
            type0.put(PdfName.BASEFONT, new PdfName(name));
            type0.put(PdfName.ENCODING, new PdfName("Identity-H"));
            type0.put(PdfName.DESCENDANTFONTS, new PdfArray(cidRef));
            type0.put(PdfName.TOUNICODE, toUnicode);
            writer.addToBody(type0, reference);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the font " + face.name() + " into the PDF", e);
        }
    }

    /** {@code [1 [w1 w2 ... wn]]}: the widths of the codes, which run from 1 without gaps. */
    private PdfArray widths(TrueTypeFont font) {
        StringBuilder w = new StringBuilder(count * 4 + 8);
        w.append("1 [");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                w.append(' ');
            }
            w.append(font.advance(glyphs[i]));
        }
        w.append(']');
        PdfArray array = new PdfArray();
        array.add(new PdfLiteral(w.toString()));
        return array;
    }

    /** The CMap from codes to the characters they stand for. */
    private byte[] toUnicode() {
        StringBuilder b = new StringBuilder(256 + count * 24);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int start = 0; start < count; start += 100) {
            int end = Math.min(count, start + 100);
            b.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                b.append('<');
                hex4(b, i + 1);
                b.append("> <");
                if (texts[i] != null) {
                    for (int k = 0; k < texts[i].length(); k++) {
                        hex4(b, texts[i].charAt(k));
                    }
                } else {
                    int u = unicodes[i];
                    if (u >= 0x10000) {
                        hex4(b, Character.highSurrogate(u));
                        hex4(b, Character.lowSurrogate(u));
                    } else {
                        hex4(b, u);
                    }
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void hex4(StringBuilder b, int v) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            b.append(Character.toUpperCase(Character.forDigit((v >> shift) & 0xF, 16)));
        }
    }

    /** Six capital letters from a hash of the font and the glyphs in the subset. */
    private String tag() {
        long h = 1125899906842597L;
        for (char c : face.font().postScriptName().toCharArray()) {
            h = 31 * h + c;
        }
        for (int i = 0; i < count; i++) {
            h = 31 * h + glyphs[i];
        }
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + Math.floorMod(h, 26));
            h /= 26;
        }
        return new String(tag);
    }
}
