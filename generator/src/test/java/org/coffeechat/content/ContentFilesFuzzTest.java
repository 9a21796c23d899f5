package org.coffeechat.content;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.coffeechat.config.SiteConfigLoader;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.Placed;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.model.Content;
import org.coffeechat.validate.ContentValidator;

/**
 * One file of the minimal site's content replaced by any bytes at all (the first byte picks the
 * file): loading and checking the content reports located problems and never throws. Inputs:
 * {@code ContentFilesFuzzTestInputs/}; fuzzing: docs/FUZZING.md.
 */
class ContentFilesFuzzTest {

    /** The files a fuzz input can replace; an input's first byte picks one. */
    static final List<String> FILES = List.of("home.md", "steps/01-start/_section.md", "steps/01-start/first.md",
            "questions/bank.yaml", "questions/categories.yaml", "outreach.yaml", "etiquette.yaml", "faq.yaml",
            "policies.yaml");

    private static final Path ROOT = copyOfTheMinimalContent();

    private static Path copyOfTheMinimalContent() {
        Path root = Fixtures.moduleDir().resolve("target/fuzz/ContentFilesFuzzTest/content");
        Fixtures.copyTree(Fixtures.site("minimal").resolve("content"), root);
        return root;
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"---\\x0A", "title: ", "order: ", "summary: ", "phase: ", "id: ", "text: ", "{company}",
        "{compnay}", "{{meetingMinutes}}", "{{policy:resume}}", "{{nope}}", "[a](first.md)", "[a](/x.md#b)",
        "![i](/a.png)", "- id: ", "  ", "\\x0A", ": ", "|", "questions:", "templates:", "items:", "subject: ",
        "body: ", "{student.name}", "{contact.x}", "maxChars: ", "when: ", "10-25", "26+"})
    void loadsAnyContentFileWithLocatedProblemsOnly(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        String file = FILES.get((input[0] & 0xff) % FILES.size());
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        Path target = ROOT.resolve(file);
        byte[] original = Files.readAllBytes(target);
        Files.write(target, bytes);
        try {
            Diagnostics problems = new Diagnostics();
            Content content = ContentLoader.load(new ContentFiles(ROOT, "content"), SiteConfigLoader.defaults().guidance(),
                    problems);
            if (!problems.hasErrors()) {
                ContentValidator.validate(content, SiteConfigLoader.defaults(), problems);
            }
            Placed.assertWithin(problems, "content/" + file, new String(bytes, StandardCharsets.UTF_8));
        } finally {
            Files.write(target, original);
        }
    }
}
