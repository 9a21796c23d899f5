package org.coffeechat.build;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.Placed;
import org.coffeechat.fixtures.Fixtures;

/**
 * Any bytes as a student's profile: reading it, checking it against the built-in content and
 * planning from it either succeeds or fails with located problems, never with another exception.
 * Inputs: {@code ProfileFuzzTestInputs/}; fuzzing: docs/FUZZING.md.
 */
class ProfileFuzzTest {

    private static final LoadedSite SITE = GuideBuilder.load(BuildRequest.defaults());
    private static final Path FILE = Fixtures.moduleDir().resolve("target/fuzz/ProfileFuzzTest/profile.yaml");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"student:", "  name: ", "  email: ", "a@b.org", "  school: ", "  programme: ", "  degree: ",
        "  graduationYear: ", "  status: ", "exploring", "  timeZone: ", "America/Toronto", "contacts:", "  - name: ",
        "    organisation: ", "    role: ", "    industry: ", "    howFound: ", "referral", "    channel: ", "email",
        "phone", "    status: ", "scheduled", "    dates:", "      meeting: ", "2026-02-29", "9999-12-31",
        "      requestSent: ", "    meetingTime: ", "23:59", "settings:", "  followUpAfterDays: ", "questions:",
        "  pin: ", "  drop: ", "after:", "  referrals:", "\\x0A", ": ", "- ", "~"})
    void readsAnyProfileWithLocatedProblemsOnly(byte[] input) throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.write(FILE, input);
        try {
            PacketBuilder.load(SITE, FILE, TODAY, false);
        } catch (InvalidInputException e) {
            Placed.assertWithinTheirFiles(e.diagnostics(),
                    Map.of(Fixtures.relativeDisplay(FILE), new String(input, StandardCharsets.UTF_8)));
        }
    }
}
