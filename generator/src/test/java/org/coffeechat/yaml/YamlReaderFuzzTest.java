package org.coffeechat.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.Placed;
import org.coffeechat.yaml.YNode.Entry;
import org.coffeechat.yaml.YNode.YList;
import org.coffeechat.yaml.YNode.YMap;

/**
 * Any text, however broken, gives either a tree or located problems: never an exception, never a
 * silent empty result, and every location inside the text. Inputs: {@code YamlReaderFuzzTestInputs/};
 * fuzzing: docs/FUZZING.md.
 */
class YamlReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({": ", "- ", "\\x0A", "\\x0A  ", "  ", "|", ">", "|-", "'", "\\\"", "[", "]", "{", "}", ",",
        "&a ", "*a", "!!str ", "? ", "---", "...", "#", "~", "null", "true", "NO", "0x1F", "1e3", ".inf", "\\\\x",
        "\\\\u00e9", "\\x09", "\\x0D", "\\xEF\\xBB\\xBF", "%YAML 1.2", "<<: "})
    void readsAnyTextIntoATreeOrLocatedProblems(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Diagnostics problems = new Diagnostics();
        Optional<YNode> tree = YamlReader.read("f.yaml", text, 1, problems);

        Placed.assertWithin(problems, "f.yaml", text);
        assertThat(problems.hasErrors()).as("errors exactly when there is no tree: %s", problems.sorted())
                .isEqualTo(tree.isEmpty());
        tree.ifPresent(node -> assertPlaced(node, text));
    }

    private static void assertPlaced(YNode node, String text) {
        Diagnostics locations = new Diagnostics();
        collect(node, locations);
        Placed.assertWithin(locations, "f.yaml", text);
    }

    private static void collect(YNode node, Diagnostics into) {
        into.warning(node.location(), "node");
        if (node instanceof YMap m) {
            for (Entry e : m.entries().values()) {
                into.warning(e.keyLocation(), "key");
                collect(e.value(), into);
            }
        } else if (node instanceof YList l) {
            l.items().forEach(item -> collect(item, into));
        }
    }
}
