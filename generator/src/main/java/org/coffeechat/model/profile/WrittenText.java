package org.coffeechat.model.profile;

import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.SourceText;

/**
 * A piece of text the student wrote in their profile (a name, an organisation, a note), with where
 * it is written, so a check of the printed packet (a character no font can draw) can point at the
 * very character.
 */
public record WrittenText(String text, SourceText where) {

    /** Where the characters {@code text[offset, offset + length)} are written. */
    public SourceLocation locate(int offset, int length) {
        return where.locate(text, offset, length);
    }
}
