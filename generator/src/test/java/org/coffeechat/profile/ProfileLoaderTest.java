package org.coffeechat.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.LoadedSite;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Channel;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Stage;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.ContactStatus;
import org.coffeechat.model.profile.HowFound;
import org.coffeechat.model.profile.Priority;
import org.coffeechat.model.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileLoaderTest {

    static final Path INVALID = Path.of("src/test/resources/profiles/invalid");

    static LoadedSite builtIn;

    @BeforeAll
    static void loadBuiltInContent() {
        builtIn = GuideBuilder.load(BuildRequest.defaults());
    }

    static Stream<String> invalidProfiles() throws IOException {
        try (Stream<Path> dirs = Files.list(INVALID)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Each folder under profiles/invalid holds one mistake and the exact messages it must give. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProfiles")
    void reportsEachMistakeWithItsExactMessageAndLocation(String name) throws IOException {
        Path dir = INVALID.resolve(name);
        Diagnostics problems = new Diagnostics();
        ProfileLoader.load(dir.resolve("profile.yaml"), "profile.yaml", problems)
                .ifPresent(p -> ProfileChecks.againstContent(p, builtIn.content(), problems));
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertFalse(expected.isEmpty(), name + "/expected.txt must list at least one message");
        assertEquals(expected, problems.sorted().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void loadsTheExampleProfileWithoutAnyProblem() {
        Diagnostics problems = new Diagnostics();
        Profile p = ProfileLoader.load(TestProfiles.repoRoot().resolve("site/profiles/example.yaml"), "example.yaml",
                problems).orElseThrow();
        ProfileChecks.againstContent(p, builtIn.content(), problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals("Zoë Ñúñez", p.student().name());
        assertEquals(Stage.EXPLORING, p.student().status());
        assertEquals(ZoneId.of("America/Toronto"), p.student().timeZone());
        assertEquals(List.of("priya-raman", "darya-ivanova", "lukasz-nowak", "contact-acf979cc", "tomas-okafor",
                "nora-obrien", "jean-luc-tremblay"), p.contacts().stream().map(Contact::id).toList());
        Contact darya = p.contacts().get(1);
        assertEquals("Дарья Иванова", darya.name());
        assertEquals(HowFound.REFERRAL, darya.howFound());
        assertEquals(ContactStatus.SCHEDULED, darya.status());
        assertEquals(LocalDate.of(2026, 2, 17), darya.dates().meeting().orElseThrow());
        assertEquals(LocalTime.of(10, 30), darya.meetingTime().orElseThrow());
        assertEquals(Channel.LINKEDIN_NOTE, p.contacts().get(2).channel());
        assertEquals(Priority.HIGH, p.contacts().get(3).priority());
        assertEquals(2, p.contacts().get(0).after().referrals().size());
    }

    @Test
    void theStarterProfileIsValidAsItIs() {
        Diagnostics problems = new Diagnostics();
        Profile p = ProfileLoader.parse("my-profile.yaml", StarterProfile.text(), problems).orElseThrow();
        ProfileChecks.againstContent(p, builtIn.content(), problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(1, p.contacts().size());
    }

    @Test
    void keepsNoAndNOAsTextTheWayYaml12Does() {
        Profile p = TestProfiles.withContact("exploring", "", """
                name: No
                organisation: NO
                role: Analyst
                industry: energy
                howFound: event
                channel: email
                email: no@example.org
                status: identified
                """);
        assertEquals("No", p.contacts().get(0).name());
        assertEquals("NO", p.contacts().get(0).organisation());
    }

    @Test
    void fillsDefaultsForWhatTheProfileLeavesOut() {
        Profile p = TestProfiles.parse("""
                student:
                  name: Łukasz Nowak
                  email: lukasz@example.edu
                  school: Lakeshore College
                  programme: Economics
                  degree: BA
                  graduationYear: 2026
                  status: job-search
                contacts:
                  - name: 王小明
                    organisation: Kestrel Analytics
                    role: Data Scientist
                    industry: technology
                    howFound: event
                    channel: email
                    email: wang@example.org
                    status: identified
                """);
        assertEquals("Łukasz", p.student().firstName());
        assertEquals(List.of(MeetingMode.VIDEO, MeetingMode.PHONE, MeetingMode.IN_PERSON), p.student().meetingModes());
        assertEquals(Priority.MEDIUM, p.contacts().get(0).priority());
        assertEquals("王小明", p.contacts().get(0).greetingName());
        assertTrue(p.contacts().get(0).id().matches("contact-[0-9a-f]{8}"));
    }

    @Test
    void warnsWhenMeetingTimesHaveNoTimeZone() {
        Diagnostics problems = new Diagnostics();
        ProfileLoader.parse("p.yaml", """
                student:
                  name: Zoë
                  email: zoe@example.edu
                  school: S
                  programme: P
                  degree: BA
                  graduationYear: 2027
                  status: exploring
                contacts:
                  - name: Priya Raman
                    organisation: Solaris Grid
                    role: Engineer
                    industry: energy
                    howFound: event
                    channel: email
                    email: p@example.org
                    status: scheduled
                    meetingTime: "10:00"
                    dates: {requestSent: 2026-01-05, meeting: 2026-01-14}
                """, problems);
        assertEquals(List.of("p.yaml:2:3: warning: meeting times are read as UTC because 'student' has no 'timeZone' "
                + "(add one such as America/Toronto so the calendar shows the right hour)"),
                problems.sorted().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void reportsEveryProblemOfTheFileInOneRun() {
        Diagnostics problems = new Diagnostics();
        ProfileLoader.parse("p.yaml", """
                student:
                  name: Zoë
                  email: zoe@
                  school: S
                  programme: P
                  degree: BA
                  graduationYear: soon
                  status: explorin
                contacts:
                  - name: A
                    organization: X
                    role: R
                    industry: I
                    howFound: referal
                    channel: email
                    status: identified
                    dates: {requestSent: 2026-13-01}
                """, problems);
        assertEquals(List.of(
                "p.yaml:3:10: 'email' is not an email address: 'zoe@' (write it as name@example.org)",
                "p.yaml:7:19: 'graduationYear' must be a whole number, found text 'soon'",
                "p.yaml:8:11: unknown status 'explorin'; did you mean 'exploring'? (one of: exploring, researching, "
                        + "internship, job-search, career-change)",
                "p.yaml:10:5: a contact is missing the required key 'organisation'",
                "p.yaml:11:5: unknown key 'organization' in a contact; did you mean 'organisation'?",
                "p.yaml:14:15: unknown howFound 'referal'; did you mean 'referral'? (one of: alumni-network, referral, "
                        + "linkedin, professional-association, professor, supervisor, family-or-friend, event, other)",
                "p.yaml:15:14: contact 'A' is reached by email but has no 'email': add their email address, "
                        + "or choose another channel",
                "p.yaml:17:26: 'requestSent' is not a real date: 2026-13-01 (there is no month 13)"),
                problems.sorted().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void namesAMissingFileAndSuggestsTheStarter() {
        Diagnostics problems = new Diagnostics();
        assertTrue(ProfileLoader.load(Path.of("no/such/profile.yaml"), "no/such/profile.yaml", problems).isEmpty());
        assertEquals(List.of("no/such/profile.yaml:1:1: there is no profile at this path (run 'coffeechat new-profile' "
                + "to write one)"), problems.sorted().stream().map(Diagnostic::toString).toList());
    }
}
