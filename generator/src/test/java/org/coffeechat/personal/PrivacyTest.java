package org.coffeechat.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.build.PacketBuilder;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.TemplateVariables;
import org.coffeechat.profile.TestProfiles;
import org.coffeechat.yaml.YNode;
import org.coffeechat.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public site and a personal guide built from the same inputs (the example site folder, which
 * holds the example profile under {@code profiles/}): no string of the profile is anywhere in the
 * public site, while the personal guide has them.
 */
class PrivacyTest {

    @Test
    void noStringOfTheProfileReachesThePublicSite(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("public");
        Path guide = dir.resolve("zoe-guide");
        GuideBuilder.build(ExampleGuide.request(ExampleGuide.profile()).site(), site);
        PacketBuilder.build(ExampleGuide.request(ExampleGuide.profile()), guide);

        Set<String> secrets = privateStrings();
        assertThat(secrets).as("the example profile's own strings").hasSizeGreaterThan(40)
                .contains("darya.ivanova@verdant.example", "+1 416 555 0142", "王小明", "Дарья Иванова",
                        "Kestrel Analytics", "how a grid operator ranks the solar projects waiting to connect");

        Map<String, String> published = texts(site);
        assertThat(published).containsKeys("index.html", "questions/index.html", "outreach/index.html");
        List<String> leaks = new ArrayList<>();
        published.forEach((path, text) -> {
            for (String s : secrets) {
                for (String form : forms(s)) {
                    if (text.contains(form)) {
                        leaks.add(path + ": " + s);
                    }
                }
            }
        });
        assertThat(leaks).as("profile strings in the public site").isEmpty();

        String personal = String.join("\n", texts(guide).values());
        long found = secrets.stream().filter(s -> forms(s).stream().anyMatch(personal::contains)).count();
        assertThat(found).as("profile strings in the personal guide, which the check above must be able to see")
                .isGreaterThan(secrets.size() * 8 / 10);
    }

    /** Every text value of the example profile that the public sources do not already contain. */
    static Set<String> privateStrings() throws IOException {
        YNode root = YamlReader.read("example.yaml", ExampleGuide.read(ExampleGuide.profile()), 1, new Diagnostics())
                .orElseThrow();
        Set<String> values = new TreeSet<>();
        collect(root, values);
        String publicSources = publicSources();
        values.removeIf(v -> (v.length() < 4 && v.chars().allMatch(c -> c < 128)) || v.matches("[a-z-]+")
                || publicSources.contains(v));
        return values;
    }

    private static void collect(YNode node, Set<String> out) {
        if (node instanceof YNode.YMap m) {
            m.entries().values().forEach(e -> collect(e.value(), out));
        } else if (node instanceof YNode.YList l) {
            l.items().forEach(i -> collect(i, out));
        } else if (node instanceof YNode.YScalar s && s.text() != null && s.type() == YNode.ScalarType.STRING) {
            out.add(s.text().strip());
        }
    }

    /** What the public site may show by design: the content, the theme, the site folder's public files. */
    private static String publicSources() throws IOException {
        StringBuilder all = new StringBuilder(String.join("\n", TemplateVariables.examples().values()));
        Path root = TestProfiles.repoRoot();
        for (Path folder : List.of(root.resolve("content"), root.resolve("themes/default"), root.resolve("site/static"))) {
            texts(folder).values().forEach(t -> all.append('\n').append(t));
        }
        all.append(Files.readString(root.resolve("site/site.yaml")));
        return all.toString();
    }

    private static List<String> forms(String s) {
        String html = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
        return html.equals(s) ? List.of(s) : List.of(s, html);
    }

    private static Map<String, String> texts(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.matches(".*\\.(html|xml|svg|css|js|txt|csv|ics|md|yaml|json|ftlh|ftlx)$")) {
                    out.put(folder.relativize(p).toString().replace('\\', '/'),
                            new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
