package org.coffeechat.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Objective;
import org.coffeechat.model.Stage;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static final List<String> KEYS = List.of("id", "text", "objective", "priority", "stages", "tags",
            "draft", "nested");

    private final Diagnostics problems = new Diagnostics();

    private Fields fields(String yaml) {
        YNode node = YamlReader.read("q.yaml", yaml, 1, problems).orElseThrow();
        return Fields.of(node, "a question", KEYS, problems).orElseThrow();
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void suggestsTheNearestKeyForAMisspeltOne() {
        fields("id: a\nobjectve: insight\n");

        assertThat(messages()).containsExactly("q.yaml:2:1: unknown key 'objectve' in a question; did you mean 'objective'?");
    }

    @Test
    void listsTheAllowedKeysWhenNoneIsClose() {
        fields("id: a\ncolour: red\n");

        assertThat(messages()).containsExactly("q.yaml:2:1: unknown key 'colour' in a question "
                + "(allowed: id, text, objective, priority, stages, tags, draft, nested)");
    }

    @Test
    void reportsAMissingRequiredKeyAtTheMapping() {
        Fields f = fields("id: a\n");

        assertThat(f.requiredString("text")).isEmpty();
        assertThat(messages()).containsExactly("q.yaml:1:1: a question is missing the required key 'text'");
    }

    @Test
    void reportsARequiredKeyWrittenWithoutAValueAtTheKey() {
        Fields f = fields("id: a\ntext:\n");

        assertThat(f.requiredString("text")).isEmpty();
        assertThat(messages()).containsExactly("q.yaml:2:6: 'text' is empty: it needs a value");
    }

    @Test
    void anOptionalKeyWrittenWithoutAValueCountsAsLeftOut() {
        Fields f = fields("id: a\ntext: ~\ntags:\n");

        assertThat(f.optionalString("text")).isEmpty();
        assertThat(f.stringList("tags")).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void aMissingOptionalKeyIsNoProblem() {
        Fields f = fields("id: a\n");

        assertThat(f.optionalString("text")).isEmpty();
        assertThat(f.optionalInt("priority", 1, 5)).isEmpty();
        assertThat(f.optionalBoolean("draft")).isEmpty();
        assertThat(f.stringList("tags")).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesAListWhereTextIsExpected() {
        Fields f = fields("text:\n  - one\n  - two\n");

        assertThat(f.requiredString("text")).isEmpty();
        assertThat(messages()).containsExactly("q.yaml:2:3: 'text' must be text, found a list");
    }

    @Test
    void refusesTrueFalseWhereTextIsExpectedAndSaysToQuoteIt() {
        Fields f = fields("text: true\n");

        f.requiredString("text");
        assertThat(messages()).containsExactly(
                "q.yaml:1:7: 'text' must be text, found true/false 'true' (put it in quotes if you mean the words)");
    }

    @Test
    void refusesTextWhereAWholeNumberIsExpected() {
        Fields f = fields("priority: high\n");

        assertThat(f.requiredInt("priority", 1, 5)).isEqualTo(1);
        assertThat(messages()).containsExactly("q.yaml:1:11: 'priority' must be a whole number, found text 'high'");
    }

    @Test
    void refusesANumberOutsideItsRange() {
        Fields f = fields("priority: 9\n");

        f.requiredInt("priority", 1, 5);
        assertThat(messages()).containsExactly("q.yaml:1:11: 'priority' must be between 1 and 5, found 9");
    }

    @Test
    void refusesTextWhereTrueOrFalseIsExpected() {
        Fields f = fields("draft: yes\n");

        assertThat(f.optionalBoolean("draft")).isEmpty();
        assertThat(messages()).containsExactly("q.yaml:1:8: 'draft' must be true or false, found text");
    }

    @Test
    void readsAnEnumValueAndSuggestsTheNearestForAWrongOne() {
        Fields good = fields("objective: relationship\n");
        assertThat(good.requiredEnum("objective", Objective.class, Objective.INFORMATION)).isEqualTo(Objective.RELATIONSHIP);

        Fields bad = fields("objective: insights\n");
        assertThat(bad.optionalEnum("objective", Objective.class)).isEmpty();
        assertThat(messages()).containsExactly("q.yaml:1:12: unknown objective 'insights'; did you mean 'insight'? "
                + "(one of: information, insight, relationship)");
    }

    @Test
    void checksEveryValueOfAnEnumListAtItsOwnPlace() {
        Fields f = fields("stages: [exploring, job-serch, career-change]\n");

        assertThat(f.enumSet("stages", Stage.class)).containsExactly(Stage.EXPLORING, Stage.CAREER_CHANGE);
        assertThat(messages()).containsExactly("q.yaml:1:21: unknown stage 'job-serch'; did you mean 'job-search'? "
                + "(one of: exploring, researching, internship, job-search, career-change)");
    }

    @Test
    void takesASingleTextValueAsAListOfOne() {
        Fields f = fields("tags: finance\n");

        assertThat(f.stringList("tags")).containsExactly("finance");
    }

    @Test
    void reportsUnknownKeysOfANestedMappingWithTheirPlace() {
        Fields f = fields("nested:\n  primary: x\n  secundary: y\n");

        Optional<Fields> nested = f.nested("nested", "'nested'", Set.of("primary", "secondary"));
        assertThat(nested).isPresent();
        assertThat(messages()).containsExactly("q.yaml:3:3: unknown key 'secundary' in 'nested'; did you mean 'secondary'?");
    }

    @Test
    void refusesAValueThatIsNotAMapping() {
        YNode node = YamlReader.read("q.yaml", "- a\n- b\n", 1, problems).orElseThrow();

        assertThat(Fields.of(node, "a question", KEYS, problems)).isEmpty();
        assertThat(messages()).containsExactly("q.yaml:1:1: a question must be a mapping of keys to values, found a list");
    }

    @Test
    void reportsEveryProblemOfAMappingInOneRun() {
        Fields f = fields("id: a\ntxet: hi\npriority: lots\nobjective: nope\n");
        f.requiredString("text");
        f.requiredInt("priority", 1, 5);
        f.optionalEnum("objective", Objective.class);

        assertThat(messages()).hasSize(4);
    }
}
