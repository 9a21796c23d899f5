package org.coffeechat.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.SourceText;
import org.coffeechat.yaml.YNode.ScalarType;
import org.coffeechat.yaml.YNode.YList;
import org.coffeechat.yaml.YNode.YMap;
import org.coffeechat.yaml.YNode.YScalar;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final Diagnostics problems = new Diagnostics();

    private YMap readMap(String text) {
        Optional<YNode> node = YamlReader.read("f.yaml", text, 1, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(node).containsInstanceOf(YMap.class);
        return (YMap) node.orElseThrow();
    }

    private static List<String> messages(Diagnostics d) {
        return d.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void keepsTheLineAndColumnOfEveryKeyAndValue() {
        YMap root = readMap("title: Hello\nnested:\n  inner: 42\nlist:\n  - a\n  - b\n");

        assertThat(root.entries().get("title").keyLocation()).isEqualTo(new SourceLocation("f.yaml", 1, 1));
        assertThat(root.entries().get("title").value().location()).isEqualTo(new SourceLocation("f.yaml", 1, 8));
        YMap nested = (YMap) root.entries().get("nested").value();
        assertThat(nested.entries().get("inner").keyLocation()).isEqualTo(new SourceLocation("f.yaml", 3, 3));
        assertThat(nested.entries().get("inner").value().location()).isEqualTo(new SourceLocation("f.yaml", 3, 10));
        YList list = (YList) root.entries().get("list").value();
        assertThat(list.items()).extracting(YNode::location)
                .containsExactly(new SourceLocation("f.yaml", 5, 5), new SourceLocation("f.yaml", 6, 5));
    }

    @Test
    void shiftsLinesWhenTheYamlStartsLaterInItsFile() {
        Optional<YNode> node = YamlReader.read("page.md", "title: A\norder: 2\n", 2, problems);

        YMap map = (YMap) node.orElseThrow();
        assertThat(map.entries().get("order").keyLocation()).isEqualTo(new SourceLocation("page.md", 3, 1));
    }

    @Test
    void keepsNoAndYesAsTextTheWayYaml12Does() {
        YMap root = readMap("country: NO\nanswer: yes\nflag: true\noff: off\n");

        assertThat(root.entries().get("country").value()).isEqualTo(
                new YScalar("NO", ScalarType.STRING, new SourceLocation("f.yaml", 1, 10),
                        new SourceText(new SourceLocation("f.yaml", 1, 10), "NO")));
        assertThat(((YScalar) root.entries().get("answer").value()).type()).isEqualTo(ScalarType.STRING);
        assertThat(((YScalar) root.entries().get("off").value()).type()).isEqualTo(ScalarType.STRING);
        assertThat(((YScalar) root.entries().get("flag").value()).type()).isEqualTo(ScalarType.BOOLEAN);
    }

    @Test
    void typesNumbersAndNullsTheWayYaml12Does() {
        YMap root = readMap("count: 12\nratio: 4.5\nnothing: null\nquoted: \"12\"\n");

        assertThat(((YScalar) root.entries().get("count").value()).type()).isEqualTo(ScalarType.INTEGER);
        assertThat(((YScalar) root.entries().get("ratio").value()).type()).isEqualTo(ScalarType.DECIMAL);
        assertThat(((YScalar) root.entries().get("nothing").value()).type()).isEqualTo(ScalarType.NULL);
        assertThat(((YScalar) root.entries().get("quoted").value()).type()).isEqualTo(ScalarType.STRING);
    }

    @Test
    void readsUnquotedTildeNullAndEmptyValuesAsNothingButQuotedOnesAsText() {
        YMap root = readMap("a: ~\nb:\nc: NULL\nd: \"~\"\ne: ''\nf: \"\"\ng: |\n  ~\nh: None\n");

        assertThat(root.entries().values()).extracting(e -> e.key() + "=" + ((YScalar) e.value()).type()).containsExactly(
                "a=NULL", "b=NULL", "c=NULL", "d=STRING", "e=STRING", "f=STRING", "g=STRING", "h=STRING");
        assertThat(((YScalar) root.entries().get("d").value()).text()).isEqualTo("~");
    }

    @Test
    void reportsAKeyWrittenTwiceAtItsSecondPlace() {
        Optional<YNode> node = YamlReader.read("f.yaml", "id: a\ntitle: One\nid: b\n", 1, problems);

        assertThat(node).isEmpty();
        assertThat(messages(problems)).containsExactly("f.yaml:3:1: key 'id' appears twice (first at line 1)");
    }

    @Test
    void reportsRepeatedKeysInEveryMappingOfTheFile() {
        YamlReader.read("f.yaml", "items:\n  - id: a\n    id: b\n  - why: x\n    why: y\n", 1, problems);

        assertThat(messages(problems)).containsExactly(
                "f.yaml:3:5: key 'id' appears twice (first at line 2)",
                "f.yaml:5:5: key 'why' appears twice (first at line 4)");
    }

    @Test
    void reportsASyntaxErrorWithItsPlaceAndNoParserInternals() {
        Optional<YNode> node = YamlReader.read("f.yaml", "title: ok\nitems: [a, b\nnext: 1\n", 1, problems);

        assertThat(node).isEmpty();
        assertThat(messages(problems)).containsExactly("f.yaml:3:5: this is not valid YAML: expected ',' or ']', "
                + "but got : (while parsing a flow sequence started at line 2, column 8)");
    }

    @Test
    void countsSyntaxErrorLinesFromWhereTheYamlStartsInItsFile() {
        YamlReader.read("page.md", "title: a: b\n", 2, problems);

        assertThat(messages(problems)).containsExactly("page.md:2:9: this is not valid YAML: "
                + "mapping values are not allowed here");
    }

    @Test
    void readsAnEmptyDocumentAsNothing() {
        Optional<YNode> node = YamlReader.read("f.yaml", "", 1, problems);

        assertThat(node).containsInstanceOf(YScalar.class);
        assertThat(((YScalar) node.orElseThrow()).type()).isEqualTo(ScalarType.NULL);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void reportsAnAliasInsteadOfReadingItsAnchorsNameAsText() {
        Optional<YNode> node = YamlReader.read("f.yaml", "a: &shared [1, 2]\nb: *shared\n", 1, problems);

        assertThat(node).isEmpty();
        assertThat(messages(problems)).containsExactly("f.yaml:2:4: '*shared' refers to an anchor ('&shared'); "
                + "coffeechat does not follow YAML anchors and aliases, so write the value out here");
    }

    @Test
    void reportsASecondDocumentInsteadOfIgnoringIt() {
        Optional<YNode> node = YamlReader.read("f.yaml", "a: 1\n---\nb: 2\n", 1, problems);

        assertThat(node).isEmpty();
        assertThat(messages(problems)).containsExactly("f.yaml:3:1: a second YAML document starts here (after a "
                + "'---' line); a file holds one document, so remove the '---' or move this part to a file of its own");
    }

    @Test
    void acceptsATrailingDocumentMarkerWithNothingAfterIt() {
        assertThat(readMap("a: 1\n---\n").entries()).containsKey("a");
    }

    @Test
    void stopsAtAHundredLevelsOfNestingWithAClearMessage() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        Optional<YNode> node = YamlReader.read("f.yaml", deep, 1, problems);

        assertThat(node).isEmpty();
        assertThat(messages(problems)).containsExactly("f.yaml:1:101: values are nested more than 100 levels deep "
                + "here; coffeechat's files need only a few levels (check the indentation and the brackets)");
        assertThat(YamlReader.read("f.yaml", "[".repeat(100) + "]".repeat(100), 1, new Diagnostics())).isPresent();
    }

    @Test
    void saysAKeyMustBeTextWhenItIsAListOrMapping() {
        YamlReader.read("f.yaml", "? [a, b]\n: c\n", 1, problems);

        assertThat(messages(problems)).containsExactly(
                "f.yaml:1:4: this is not valid YAML: a key must be plain text, not a list or a mapping");
    }

    @Test
    void keepsEachScalarAsWrittenSoThatAPartOfItCanBeLocated() {
        YMap root = readMap("a: plain {x} text\nb: \"quoted \\t {y}\"\nc: |\n  block\n    {z} here\nd: >-\n  folded\n"
                + "  more {w}\ne: plain\n  continued {v}\n");

        assertThat(root.entries().values()).extracting(e -> {
            YScalar s = (YScalar) e.value();
            int at = s.text().indexOf('{');
            return e.key() + "=" + s.written().locate(s.text(), at, 3);
        }).containsExactly("a=f.yaml:1:10", "b=f.yaml:2:15", "c=f.yaml:5:5", "d=f.yaml:8:8", "e=f.yaml:10:13");
    }
}
