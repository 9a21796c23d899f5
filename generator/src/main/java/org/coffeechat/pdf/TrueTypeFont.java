package org.coffeechat.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TrueType font file read just enough to set text and embed subsets: its Unicode character map,
 * advance widths, vertical metrics and names, and {@link #subset}, which writes a new font holding
 * only the glyphs a document uses, renumbered from 1 in the order given (glyph 0 is the font's
 * {@code .notdef}). Composite glyphs bring their components along. Immutable and thread-safe.
 */
final class TrueTypeFont {

    /**
     * The tables a subset copies from the font (head, hhea and maxp then patched). With the glyf,
     * loca and hmtx it makes new, they are what PDF viewers need to draw TrueType glyphs by number
     * (the tables OpenPDF keeps).
     */
    private static final String[] COPIED_TABLES = {"cvt ", "fpgm", "head", "hhea", "maxp", "prep"};

    private final byte[] data;
    private final Map<String, int[]> tables;
    private final int unitsPerEm;
    private final boolean longLoca;
    private final int numGlyphs;
    private final int numberOfHMetrics;
    /** Where the tables read for every glyph begin in {@link #data}. */
    private final int hmtxAt;
    private final int locaAt;
    private final int glyfAt;
    private final char[] bmpGlyphs;
    private final Map<Integer, Integer> otherGlyphs;
    private final String postScriptName;
    private final int ascent;
    private final int descent;
    private final int capHeight;
    private final int[] bbox;
    private final float italicAngle;
    private final int flags;

    /** A font file that cannot be used, with the reason. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    TrueTypeFont(byte[] data) throws Unusable {
        this.data = data;
        if (data.length < 12) {
            throw new Unusable("too short to be a font");
        }
        int version = u32(0);
        if (version == 0x4F54544F) {
            throw new Unusable("it has PostScript (CFF) outlines; use the TrueType version of the font");
        }
        if (version == 0x74746366) {
            throw new Unusable("it is a font collection (.ttc); use a single .ttf font");
        }
        if (version == 0x774F4646 || version == 0x774F4632) {
            throw new Unusable("it is a WOFF web font, which only browsers read; use the .ttf file of the same font");
        }
        if (version != 0x00010000 && version != 0x74727565) {
            throw new Unusable("it is not a TrueType font");
        }
        int count = u16(4);
        tables = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            check(at + 16);
            String tag = new String(data, at, 4, StandardCharsets.ISO_8859_1);
            int offset = u32(at + 8);
            int length = u32(at + 12);
            if (offset < 0 || length < 0 || (long) offset + length > data.length) {
                throw new Unusable("its '" + tag.strip() + "' table lies outside the file");
            }
            tables.put(tag, new int[] {offset, length});
        }
        for (String required : new String[] {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"}) {
            if (!tables.containsKey(required)) {
                throw new Unusable("it has no '" + required + "' table");
            }
        }
        hmtxAt = table("hmtx");
        locaAt = table("loca");
        glyfAt = table("glyf");
        int head = table("head");
        unitsPerEm = u16(head + 18);
        if (unitsPerEm < 16) {
            throw new Unusable("its units per em (" + unitsPerEm + ") are not valid");
        }
        bbox = new int[] {s16(head + 36), s16(head + 38), s16(head + 40), s16(head + 42)};
        int macStyle = u16(head + 44);
        longLoca = s16(head + 50) == 1;
        numGlyphs = u16(table("maxp") + 4);
        int hhea = table("hhea");
        numberOfHMetrics = Math.max(1, Math.min(numGlyphs, u16(hhea + 34)));
        check(hmtxAt + 4 * numberOfHMetrics);
        check(locaAt + (longLoca ? 4 : 2) * (numGlyphs + 1));
        int os2 = tables.containsKey("OS/2") ? table("OS/2") : -1;
        if (os2 >= 0 && length("OS/2") >= 10 && (u16(os2 + 8) & 0x000F) == 0x0002) {
            throw new Unusable("its licence does not allow embedding it (OS/2 fsType is 'restricted')");
        }
        if (os2 >= 0 && length("OS/2") >= 72) {
            ascent = s16(os2 + 68);
            descent = s16(os2 + 70);
        } else {
            ascent = s16(hhea + 4);
            descent = s16(hhea + 6);
        }
        capHeight = os2 >= 0 && length("OS/2") >= 90 && u16(os2) >= 2 ? s16(os2 + 88) : (int) (ascent * 0.7);
        int post = tables.containsKey("post") ? table("post") : -1;
        italicAngle = post >= 0 && length("post") >= 16 ? s32(post + 4) / 65536f : 0;
        boolean fixedPitch = post >= 0 && length("post") >= 16 && u32(post + 12) != 0;
        flags = (fixedPitch ? 1 : 0) | 32 | ((macStyle & 2) != 0 || italicAngle != 0 ? 64 : 0);
        bmpGlyphs = new char[0x10000];
        otherGlyphs = new HashMap<>();
        readCmap();
        postScriptName = readPostScriptName();
    }

    // ---- reading -------------------------------------------------------------------------------

    private void readCmap() throws Unusable {
        int cmap = table("cmap");
        int count = u16(cmap + 2);
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < count; i++) {
            int rec = cmap + 4 + 8 * i;
            check(rec + 8);
            int platform = u16(rec);
            int encoding = u16(rec + 2);
            int sub = cmap + u32(rec + 4);
            check(sub + 2);
            int format = u16(sub);
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            if (unicode && format == 12 && format12 < 0) {
                format12 = sub;
            } else if (unicode && format == 4 && format4 < 0) {
                format4 = sub;
            }
        }
        if (format12 < 0 && format4 < 0) {
            throw new Unusable("it has no Unicode character map");
        }
        if (format4 >= 0) {
            readFormat4(format4);
        }
        if (format12 >= 0) {
            readFormat12(format12);
        }
    }

    private void readFormat4(int sub) throws Unusable {
        int segX2 = u16(sub + 6);
        int ends = sub + 14;
        int starts = ends + segX2 + 2;
        int deltas = starts + segX2;
        int ranges = deltas + segX2;
        check(ranges + segX2);
        for (int s = 0; s < segX2 / 2; s++) {
            int end = u16(ends + 2 * s);
            int start = u16(starts + 2 * s);
            int delta = s16(deltas + 2 * s);
            int rangeAt = ranges + 2 * s;
            int range = u16(rangeAt);
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (range == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int at = rangeAt + range + 2 * (c - start);
                    if (at + 2 > data.length) {
                        continue;
                    }
                    glyph = u16(at);
                    if (glyph != 0) {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }
                if (glyph > 0 && glyph < numGlyphs) {
                    bmpGlyphs[c] = (char) glyph;
                }
            }
        }
    }

    private void readFormat12(int sub) throws Unusable {
        check(sub + 16);
        long groups = u32(sub + 12) & 0xFFFFFFFFL;
        check((int) Math.min(Integer.MAX_VALUE, sub + 16 + 12 * groups));
        for (int g = 0; g < groups; g++) {
            int at = sub + 16 + 12 * g;
            int start = u32(at);
            int end = u32(at + 4);
            int glyph = u32(at + 8);
            for (int c = start; c <= end && c <= 0x10FFFF && c >= 0; c++, glyph++) {
                if (glyph <= 0 || glyph >= numGlyphs) {
                    continue;
                }
                if (c < 0x10000) {
                    bmpGlyphs[c] = (char) glyph;
                } else {
                    otherGlyphs.put(c, glyph);
                }
            }
        }
    }

    private String readPostScriptName() {
        if (!tables.containsKey("name")) {
            return "Font";
        }
        int name = table("name");
        int count = u16(name + 2);
        int strings = name + u16(name + 4);
        for (int i = 0; i < count; i++) {
            int rec = name + 6 + 12 * i;
            if (rec + 12 > data.length || u16(rec + 6) != 6) {
                continue;
            }
            int platform = u16(rec);
            int length = u16(rec + 8);
            int offset = strings + u16(rec + 10);
            if (offset + length > data.length) {
                continue;
            }
            String s = platform == 3 || platform == 0
                    ? new String(data, offset, length, StandardCharsets.UTF_16BE)
                    : new String(data, offset, length, StandardCharsets.ISO_8859_1);
            StringBuilder clean = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (c > ' ' && c < 127 && "[](){}<>/%#".indexOf(c) < 0) {
                    clean.append(c);
                }
            }
            if (!clean.isEmpty()) {
                return clean.toString();
            }
        }
        return "Font";
    }

    // ---- what a face needs ---------------------------------------------------------------------

    /** The glyph of a character, 0 when the font has none. */
    int glyph(int codePoint) {
        if (codePoint < 0x10000) {
            return codePoint < 0 ? 0 : bmpGlyphs[codePoint];
        }
        return otherGlyphs.getOrDefault(codePoint, 0);
    }

    /** The advance width of a glyph in thousandths of an em. */
    int advance(int glyph) {
        int index = Math.min(glyph, numberOfHMetrics - 1);
        return Math.round(u16(hmtxAt + 4 * index) * 1000f / unitsPerEm);
    }

    /** The font file as read (not to be changed). */
    byte[] bytes() {
        return data;
    }

    int numGlyphs() {
        return numGlyphs;
    }

    String postScriptName() {
        return postScriptName;
    }

    /** In thousandths of an em. */
    int ascent() {
        return Math.round(ascent * 1000f / unitsPerEm);
    }

    /** In thousandths of an em, negative below the baseline. */
    int descent() {
        return Math.round(descent * 1000f / unitsPerEm);
    }

    int capHeight() {
        return Math.round(capHeight * 1000f / unitsPerEm);
    }

    int[] bbox() {
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            out[i] = Math.round(bbox[i] * 1000f / unitsPerEm);
        }
        return out;
    }

    float italicAngle() {
        return italicAngle;
    }

    /** The font descriptor's flags: fixed pitch, non-symbolic, italic. */
    int flags() {
        return flags;
    }

    // ---- subsets ---------------------------------------------------------------------------------

    /**
     * A font with glyph 0 and then {@code glyphs} (original numbers, in their new order), plus the
     * components of composite glyphs at the end; {@code glyphs[i]} becomes glyph {@code i + 1}.
     */
    byte[] subset(int[] glyphs, int count) {
        int[] order = new int[Math.max(16, count + 1)];
        Map<Integer, Integer> newId = new HashMap<>();
        int n = 0;
        order[n++] = 0;
        newId.put(0, 0);
        // Glyph i + 1 of the subset is code i + 1, even where one glyph has two codes (two meanings).
        for (int i = 0; i < count; i++) {
            newId.putIfAbsent(glyphs[i], n);
            order = grow(order, n);
            order[n++] = glyphs[i];
        }
        // Components of composite glyphs, breadth first (they may be composites themselves).
        for (int i = 0; i < n; i++) {
            for (int component : components(order[i])) {
                if (!newId.containsKey(component)) {
                    newId.put(component, n);
                    order = grow(order, n);
                    order[n++] = component;
                }
            }
        }
        ByteArrayOutputStream glyfOut = new ByteArrayOutputStream(n * 64);
        byte[] loca = new byte[4 * (n + 1)];
        byte[] hmtx = new byte[4 * n];
        for (int i = 0; i < n; i++) {
            int g = order[i];
            put32(loca, 4 * i, glyfOut.size());
            int start = glyphOffset(g);
            int end = glyphOffset(g + 1);
            if (end > start && glyfAt + end <= data.length) {
                byte[] glyph = java.util.Arrays.copyOfRange(data, glyfAt + start, glyfAt + end);
                if (glyph.length >= 10 && (short) ((glyph[0] & 0xFF) << 8 | glyph[1] & 0xFF) < 0) {
                    renumberComponents(glyph, newId);
                }
                glyfOut.write(glyph, 0, glyph.length);
                while (glyfOut.size() % 4 != 0) {
                    glyfOut.write(0);
                }
            }
            int metric = Math.min(g, numberOfHMetrics - 1);
            put16(hmtx, 4 * i, u16(hmtxAt + 4 * metric));
            int lsb = g < numberOfHMetrics ? u16(hmtxAt + 4 * g + 2)
                    : safeU16(hmtxAt + 4 * numberOfHMetrics + 2 * (g - numberOfHMetrics));
            put16(hmtx, 4 * i + 2, lsb);
        }
        put32(loca, 4 * n, glyfOut.size());

        Map<String, byte[]> out = new TreeMap<>();
        for (String tag : COPIED_TABLES) {
            // glyf, loca and hmtx are made above: copying the font's own (most of a CJK font's
            // megabytes) only to replace them cost a copy of the whole font per packet.
            if (tables.containsKey(tag)) {
                out.put(tag, copy(tag));
            }
        }
        out.put("glyf", glyfOut.toByteArray());
        out.put("loca", loca);
        out.put("hmtx", hmtx);
        byte[] head = out.get("head");
        put32(head, 8, 0);
        put16(head, 50, 1);
        byte[] hhea = out.get("hhea");
        put16(hhea, 34, n);
        byte[] maxp = out.get("maxp");
        put16(maxp, 4, n);
        return assemble(out);
    }

    private static int[] grow(int[] array, int index) {
        return index < array.length ? array : java.util.Arrays.copyOf(array, array.length * 2);
    }

    private int glyphOffset(int glyph) {
        return longLoca ? u32(locaAt + 4 * glyph) : 2 * u16(locaAt + 2 * glyph);
    }

    /** The glyphs a composite glyph is made of (none for a simple glyph). */
    private int[] components(int glyph) {
        int start = glyfAt + glyphOffset(glyph);
        int end = glyfAt + glyphOffset(glyph + 1);
        if (end - start < 10 || end > data.length || s16(start) >= 0) {
            return new int[0];
        }
        int[] out = new int[4];
        int n = 0;
        int at = start + 10;
        while (at + 4 <= end) {
            int flags = u16(at);
            out = grow(out, n);
            out[n++] = u16(at + 2);
            at += 4 + componentArgs(flags);
            if ((flags & 0x0020) == 0) {
                break;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int componentArgs(int flags) {
        int size = (flags & 0x0001) != 0 ? 4 : 2;
        if ((flags & 0x0008) != 0) {
            size += 2;
        } else if ((flags & 0x0040) != 0) {
            size += 4;
        } else if ((flags & 0x0080) != 0) {
            size += 8;
        }
        return size;
    }

    private static void renumberComponents(byte[] glyph, Map<Integer, Integer> newId) {
        int at = 10;
        while (at + 4 <= glyph.length) {
            int flags = (glyph[at] & 0xFF) << 8 | glyph[at + 1] & 0xFF;
            int old = (glyph[at + 2] & 0xFF) << 8 | glyph[at + 3] & 0xFF;
            put16(glyph, at + 2, newId.getOrDefault(old, 0));
            at += 4 + componentArgs(flags);
            if ((flags & 0x0020) == 0) {
                break;
            }
        }
    }

    /** A font file of {@code tables} (sorted by tag), with its directory and checksums. */
    private static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = (1 << entrySelector) * 16;
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        byte[] font = new byte[size];
        put32(font, 0, 0x00010000);
        put16(font, 4, count);
        put16(font, 6, searchRange);
        put16(font, 8, entrySelector);
        put16(font, 10, count * 16 - searchRange);
        int offset = 12 + 16 * count;
        int record = 12;
        int headAt = -1;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            byte[] tag = e.getKey().getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(tag, 0, font, record, 4);
            put32(font, record + 4, checksum(t, 0, t.length));
            put32(font, record + 8, offset);
            put32(font, record + 12, t.length);
            System.arraycopy(t, 0, font, offset, t.length);
            if (e.getKey().equals("head")) {
                headAt = offset;
            }
            record += 16;
            offset += (t.length + 3) & ~3;
        }
        put32(font, headAt + 8, (int) (0xB1B0AFBAL - (checksum(font, 0, font.length) & 0xFFFFFFFFL)));
        return font;
    }

    private static int checksum(byte[] b, int from, int length) {
        int sum = 0;
        int end = from + length;
        for (int i = from; i < end; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < end ? b[i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    // ---- bytes -----------------------------------------------------------------------------------

    private int table(String tag) {
        return tables.get(tag)[0];
    }

    private int length(String tag) {
        return tables.get(tag)[1];
    }

    private byte[] copy(String tag) {
        int[] t = tables.get(tag);
        return java.util.Arrays.copyOfRange(data, t[0], t[0] + t[1]);
    }

    private void check(int end) throws Unusable {
        if (end > data.length || end < 0) {
            throw new Unusable("it is damaged (it ends too early)");
        }
    }

    private int u16(int at) {
        return (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF;
    }

    private int safeU16(int at) {
        return at + 1 < data.length ? u16(at) : 0;
    }

    private int s16(int at) {
        return (short) u16(at);
    }

    private int u32(int at) {
        return (data[at] & 0xFF) << 24 | (data[at + 1] & 0xFF) << 16 | (data[at + 2] & 0xFF) << 8 | data[at + 3] & 0xFF;
    }

    private int s32(int at) {
        return u32(at);
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 8);
        b[at + 1] = (byte) v;
    }

    private static void put32(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 24);
        b[at + 1] = (byte) (v >> 16);
        b[at + 2] = (byte) (v >> 8);
        b[at + 3] = (byte) v;
    }
}
