package org.coffeechat.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Channel;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Sensitivity;
import org.coffeechat.model.Stage;
import org.coffeechat.model.profile.ContactStatus;
import org.coffeechat.model.profile.HowFound;
import org.coffeechat.model.profile.LinkedInAccount;
import org.coffeechat.model.profile.Priority;
import org.coffeechat.yaml.YNode;
import org.coffeechat.yaml.YamlEnum;
import org.coffeechat.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The JSON Schema in the jar states the same rules as the loader. */
class ProfileSchemaTest {

    /** Mistakes a JSON Schema cannot express: they need other files (the question bank) or comparisons. */
    static final Set<String> BEYOND_A_SCHEMA = Set.of("unknown-question-id", "pinned-and-dropped", "dates-out-of-order",
            "two-contacts-same-id", "unknown-time-zone", "not-yaml", "empty-file", "not-utf8");

    static final JsonNode SCHEMA = new ObjectMapper().readTree(ProfileSchema.get().text());

    static List<Diagnostic> schemaOnly(String text) {
        Diagnostics problems = new Diagnostics();
        YNode root = YamlReader.read("profile.yaml", text, 1, problems).orElseThrow();
        ProfileSchema.get().validate(root, problems);
        return problems.sorted();
    }

    @Test
    void isInTheJarAndNamesItsDialect() {
        assertNotNull(getClass().getClassLoader().getResource(ProfileSchema.RESOURCE));
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").asString());
    }

    @Test
    void acceptsTheExampleProfileAndTheStarter() throws IOException {
        String example = Files.readString(TestProfiles.repoRoot().resolve("site/profiles/example.yaml"));
        assertEquals(List.of(), schemaOnly(example));
        assertEquals(List.of(), schemaOnly(StarterProfile.text()));
    }

    static List<String> invalidProfiles() throws IOException {
        return ProfileLoaderTest.invalidProfiles().filter(n -> !BEYOND_A_SCHEMA.contains(n)).toList();
    }

    /** For every invalid fixture the schema, on its own, also finds an error on the line the loader names. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProfiles")
    void rejectsEveryInvalidProfileWhereTheLoaderDoes(String name) throws IOException {
        Path dir = ProfileLoaderTest.INVALID.resolve(name);
        List<Diagnostic> schema = schemaOnly(Files.readString(dir.resolve("profile.yaml"), StandardCharsets.UTF_8));
        assertFalse(schema.isEmpty(), "the schema accepts " + name);
        for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
            int expectedLine = Integer.parseInt(line.split(":")[1]);
            List<ProfileSchema.Finding> findings = ProfileSchema.get().check(YamlReader.read("profile.yaml",
                    Files.readString(dir.resolve("profile.yaml")), 1, new Diagnostics()).orElseThrow());
            assertTrue(findings.stream().anyMatch(f -> f.unitFirstLine() <= expectedLine && expectedLine <= f.unitLastLine()),
                    name + ": no schema finding covers line " + expectedLine + " (" + line + "); schema said " + schema);
        }
    }

    @Test
    void placesSchemaFindingsAtTheKeyOrValueTheyConcern() {
        String yaml = TestProfiles.STUDENT.formatted("exploring") + """
                contacts:
                  - name: Priya
                    organization: Solaris
                    organisation: Solaris
                    role: R
                    industry: I
                    howFound: event
                    channel: email
                    email: not-an-email
                    status: identified
                """;
        List<String> messages = schemaOnly(yaml).stream().map(Diagnostic::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("profile.yaml:22:5: does not follow the profile schema "
                + "at contacts[0]: ") && m.contains("organization")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("profile.yaml:28:12: does not follow the profile schema "
                + "at contacts[0].email: ")), messages.toString());
    }

    @Test
    void allowsTheSameKeysAsTheLoader() {
        assertKeys("#", ProfileRules.TOP);
        assertKeys("student", ProfileRules.STUDENT);
        assertKeys("contact", ProfileRules.CONTACT);
        assertKeys("settings", ProfileRules.SETTINGS);
        assertKeys("questionChoices", ProfileRules.QUESTIONS);
        assertKeys("dates", ProfileRules.DATES);
        assertKeys("after", ProfileRules.AFTER);
        assertKeys("referral", ProfileRules.REFERRAL);
        assertEquals(ProfileRules.INTRODUCTION, names(def("student").get("properties").get("introduction").get("properties")));
        assertEquals(ProfileRules.STUDENT_REQUIRED, strings(def("student").get("required")));
        assertEquals(ProfileRules.CONTACT_REQUIRED, strings(def("contact").get("required")));
    }

    @Test
    void spellsEveryChoiceTheWayTheModelDoes() {
        assertEquals(YamlEnum.names(Stage.class), strings(def("stage").get("enum")));
        assertEquals(YamlEnum.names(MeetingMode.class), strings(def("meetingMode").get("enum")));
        assertEquals(YamlEnum.names(Channel.class), strings(def("channel").get("enum")));
        assertEquals(YamlEnum.names(ContactStatus.class), strings(def("status").get("enum")));
        assertEquals(YamlEnum.names(HowFound.class), strings(def("howFound").get("enum")));
        assertEquals(YamlEnum.names(Sensitivity.class), strings(def("sensitivity").get("enum")));
        assertEquals(YamlEnum.names(Priority.class), strings(def("contact").get("properties").get("priority").get("enum")));
        assertEquals(YamlEnum.names(LinkedInAccount.class),
                strings(def("student").get("properties").get("linkedinAccount").get("enum")));
    }

    @Test
    void checksValuesWithTheLoadersPatterns() {
        assertEquals(ProfileRules.EMAIL.pattern(), def("email").get("pattern").asString());
        assertEquals(ProfileRules.URL.pattern(), def("url").get("pattern").asString());
        assertEquals(ProfileRules.PHONE.pattern(), def("phone").get("pattern").asString());
        assertEquals(ProfileRules.DATE.pattern(), def("date").get("pattern").asString());
        assertEquals(ProfileRules.ID.pattern(), def("id").get("pattern").asString());
        assertEquals(ProfileRules.TIME.pattern(),
                def("contact").get("properties").get("meetingTime").get("pattern").asString());
        ProfileRules.SETTING_BOUNDS.forEach((key, bounds) -> {
            JsonNode p = def("settings").get("properties").get(key);
            assertEquals(bounds[0], p.get("minimum").asInt(), key);
            assertEquals(bounds[1], p.get("maximum").asInt(), key);
        });
    }

    private static JsonNode def(String name) {
        return name.equals("#") ? SCHEMA : SCHEMA.get("$defs").get(name);
    }

    private static void assertKeys(String def, List<String> keys) {
        assertEquals(keys, names(def(def).get("properties")), def);
        assertFalse(def(def).get("additionalProperties").asBoolean(), def + " must forbid unknown keys");
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
