package org.coffeechat.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Flying Saucer draws each run of text with one font and has no per-character fallback. Before
 * layout, this wraps every run of characters that one of the theme's text fonts lacks in a
 * {@code <span class="cc-font-fallback">} set in the first built-in font that has them, so a name
 * such as 王小明 or Дарья prints in a theme whose own font covers only Latin.
 */
final class FontFallback {

    static final String CLASS = "cc-font-fallback";

    private static final Set<String> SKIPPED = Set.of("head", "style", "script", "title", "svg");

    private final List<IntPredicate> primary;
    private final List<BuiltInFonts.Face> chain;
    /** Characters of the Basic Multilingual Plane already looked up, and which of them the primary fonts have. */
    private final BitSet known = new BitSet(0x10000);
    private final BitSet has = new BitSet(0x10000);

    /**
     * @param primary which characters each of the theme's text fonts has
     * @param chain   the built-in fonts to fall back to, in order
     */
    FontFallback(List<IntPredicate> primary, List<BuiltInFonts.Face> chain) {
        this.primary = List.copyOf(primary);
        this.chain = List.copyOf(chain);
    }

    void apply(Document document) {
        List<Text> texts = new ArrayList<>();
        collect(document.getDocumentElement(), texts);
        for (Text text : texts) {
            wrap(text);
        }
    }

    private void collect(Node node, List<Text> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text t && !(child.getNodeType() == Node.CDATA_SECTION_NODE)) {
                out.add(t);
            } else if (child instanceof Element e && !SKIPPED.contains(localName(e))) {
                collect(e, out);
            }
        }
    }

    private static String localName(Element e) {
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        return name.toLowerCase(Locale.ROOT);
    }

    /** Splits {@code text} into runs the primary fonts show and runs set in a fallback font. */
    private void wrap(Text text) {
        String s = text.getData();
        if (s.isEmpty() || allCovered(s)) {
            return;
        }
        Node parent = text.getParentNode();
        Document doc = text.getOwnerDocument();
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            BuiltInFonts.Face face = covered(cp) ? null : fallbackFor(cp);
            if (face == null) {
                plain.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            StringBuilder run = new StringBuilder();
            while (i < s.length()) {
                int c = s.codePointAt(i);
                int next = i + Character.charCount(c);
                boolean inRun = Character.isWhitespace(c) ? continuesRun(s, next, face)
                        : !covered(c) && fallbackFor(c) == face;
                if (!inRun) {
                    break;
                }
                run.appendCodePoint(c);
                i = next;
            }
            if (!plain.isEmpty()) {
                parent.insertBefore(doc.createTextNode(plain.toString()), text);
                plain.setLength(0);
            }
            Element span = doc.createElementNS(text.getParentNode().getNamespaceURI(), "span");
            span.setAttribute("class", CLASS);
            span.setAttribute("style", "font-family: \"" + face.family() + "\"");
            span.appendChild(doc.createTextNode(run.toString()));
            parent.insertBefore(span, text);
        }
        if (!plain.isEmpty()) {
            parent.insertBefore(doc.createTextNode(plain.toString()), text);
        }
        parent.removeChild(text);
    }

    /** Whitespace stays inside a fallback run only when more of that run follows. */
    private boolean continuesRun(String s, int from, BuiltInFonts.Face face) {
        int i = from;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return !covered(c) && fallbackFor(c) == face;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private boolean allCovered(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!covered(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private boolean covered(int cp) {
        if (cp < 0x10000) {
            if (!known.get(cp)) {
                known.set(cp);
                has.set(cp, lookUp(cp));
            }
            return has.get(cp);
        }
        return lookUp(cp);
    }

    private boolean lookUp(int cp) {
        if (Character.isWhitespace(cp) || cp == 0xA0 || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.CONTROL) {
            return true;
        }
        for (IntPredicate font : primary) {
            if (!font.test(cp)) {
                return false;
            }
        }
        return true;
    }

    /** The first built-in font that has {@code cp}, or null when none has (it is left as it is). */
    private BuiltInFonts.Face fallbackFor(int cp) {
        for (BuiltInFonts.Face face : chain) {
            if (face.font().charExists(cp)) {
                return face;
            }
        }
        return null;
    }
}
