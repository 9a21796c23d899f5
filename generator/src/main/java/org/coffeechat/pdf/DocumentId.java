package org.coffeechat.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Replaces the random file identifier OpenPDF writes into the trailer ({@code /ID [<..><..>]})
 * with one derived from the file's own bytes, as the PDF specification suggests: identical
 * content, identical identifier. The length does not change, so the cross-reference table stays valid.
 */
final class DocumentId {

    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEX_LENGTH = 32;

    private DocumentId() {
    }

    /** Rewrites {@code pdf} in place and returns it. */
    static byte[] stabilize(byte[] pdf) {
        int at = lastIndexOf(pdf, MARKER);
        if (at < 0) {
            throw new IllegalStateException("the PDF has no file identifier to replace");
        }
        int first = at + MARKER.length;
        int second = first + HEX_LENGTH + 2; // "><"
        if (second + HEX_LENGTH > pdf.length || pdf[first + HEX_LENGTH] != '>' || pdf[second - 1] != '<') {
            throw new IllegalStateException("unexpected file identifier layout in the PDF trailer");
        }
        byte[] hex;
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(pdf, 0, at);
            hex = HexFormat.of().withUpperCase().formatHex(md5.digest()).getBytes(StandardCharsets.ISO_8859_1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
        System.arraycopy(hex, 0, pdf, first, HEX_LENGTH);
        System.arraycopy(hex, 0, pdf, second, HEX_LENGTH);
        return pdf;
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = data.length - pattern.length; i >= 0; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
