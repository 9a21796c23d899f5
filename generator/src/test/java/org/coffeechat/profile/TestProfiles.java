package org.coffeechat.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.profile.Profile;

/** Profiles written inline for tests: a valid student plus whatever a test adds. */
public final class TestProfiles {

    public static final String STUDENT = """
            student:
              name: Zoë Ñúñez
              preferredName: Zoë
              pronouns: she/her
              email: zoe@lakeshore.example.edu
              phone: "+1 416 555 0142"
              school: Lakeshore College
              programme: Environmental Science
              degree: BSc
              graduationYear: 2027
              status: %s
              introduction:
                education: I am in my third year.
                involvements: [lead the campus energy-audit club]
                interests: [renewable energy]
              targetIndustries: [renewable energy, public sector]
              targetRoles: [energy analyst]
              meetingModes: [video, phone]
              timeZone: America/Toronto
            """;

    private TestProfiles() {
    }

    /** The repository's root folder (set by the build). */
    public static Path repoRoot() {
        return Path.of(System.getProperty("coffeechat.repoRoot", ".."));
    }

    /** Parses a profile and fails the test on any error. */
    public static Profile parse(String yaml) {
        Diagnostics problems = new Diagnostics();
        Profile p = ProfileLoader.parse("test.yaml", yaml, problems).orElseThrow();
        List<Diagnostic> errors = problems.sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors, "the test profile should be valid");
        return p;
    }

    /** A profile of a student at {@code stage} (YAML spelling) with the given contacts block (YAML list items). */
    public static Profile withContacts(String stage, String contacts) {
        return parse(STUDENT.formatted(stage) + "contacts:\n" + contacts.stripTrailing().indent(2));
    }

    /** A profile with one contact, written as the keys of one list item (without the leading dash). */
    public static Profile withContact(String stage, String extraTop, String contactKeys) {
        String item = "- " + contactKeys.strip().replace("\n", "\n  ");
        return parse(STUDENT.formatted(stage) + extraTop + "contacts:\n" + item.indent(2));
    }
}
