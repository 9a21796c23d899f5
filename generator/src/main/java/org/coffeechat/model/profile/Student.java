package org.coffeechat.model.profile;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Stage;

/**
 * The student. {@code status} is where they are in their search; {@code meetingModes} the ways
 * they can meet, in order of preference.
 */
public record Student(String name, Optional<String> preferredName, Optional<String> pronouns, String email,
                      Optional<String> phone, Optional<String> linkedin, LinkedInAccount linkedinAccount,
                      String school, String programme, String degree, int graduationYear, Stage status,
                      Introduction introduction, List<String> targetIndustries, List<String> targetRoles,
                      List<MeetingMode> meetingModes, ZoneId timeZone, SourceLocation source) {
    public Student {
        targetIndustries = List.copyOf(targetIndustries);
        targetRoles = List.copyOf(targetRoles);
        meetingModes = List.copyOf(meetingModes);
    }

    /** What the student is called in a short message: the preferred name, else the first word of the name. */
    public String firstName() {
        return preferredName.orElseGet(() -> Names.firstWord(name));
    }
}
