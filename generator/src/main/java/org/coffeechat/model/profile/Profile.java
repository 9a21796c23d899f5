package org.coffeechat.model.profile;

import java.util.List;
import org.coffeechat.diag.SourceLocation;

/**
 * One student's profile file.
 *
 * @param questions question choices that apply to every contact (each contact may add its own)
 * @param written   every text value of the file, in file order, with where it is written
 */
public record Profile(Student student, List<Contact> contacts, SettingsOverrides settings, QuestionChoices questions,
                      SourceLocation source, List<WrittenText> written) {
    public Profile {
        contacts = List.copyOf(contacts);
        written = List.copyOf(written);
    }
}
