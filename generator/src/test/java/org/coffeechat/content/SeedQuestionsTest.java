package org.coffeechat.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coffeechat.config.Guidance;
import org.coffeechat.model.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every question the five source guides ask is in the question bank, reworded. The mapping lives in
 * {@code src/test/resources/content/seed-questions.tsv}; the guides themselves are read from the seeds
 * folder when it is there.
 */
class SeedQuestionsTest {

    /** One row of the mapping. */
    record Row(String seed, String how, String opening, List<String> ids) {
    }

    private static List<Row> rows;
    private static Set<String> bank;

    @BeforeAll
    static void load() {
        rows = mapping();
        bank = CuratedContent.load(Guidance.defaults()).questions().stream().map(Question::id).collect(Collectors.toSet());
    }

    @Test
    void everyMappedQuestionIdIsInTheBank() {
        List<String> missing = new ArrayList<>();
        for (Row row : rows) {
            if (row.how().equals("not-asked")) {
                assertEquals(List.of("-"), row.ids(), "a sentence that is not a question maps to no id: " + row);
                continue;
            }
            row.ids().stream().filter(id -> !bank.contains(id)).forEach(id -> missing.add(row.opening() + " -> " + id));
        }
        assertEquals(List.of(), missing, "ids in seed-questions.tsv that the question bank does not have");
    }

    @Test
    void everyQuestionSentenceOfEveryGuideHasExactlyOneRow() {
        Path seeds = seedsOrSkip();
        List<String> problems = new ArrayList<>();
        int found = 0;
        for (Path guide : SeedText.guides(seeds)) {
            String seed = guide.getFileName().toString().substring(0, 3);
            for (String question : SeedText.questions(SeedText.read(guide))) {
                found++;
                List<Row> matching = rows.stream()
                        .filter(r -> r.seed().equals(seed) && !r.how().equals("advised") && question.startsWith(r.opening()))
                        .toList();
                if (matching.size() != 1) {
                    problems.add(seed + ": '" + question + "' matches " + matching.size() + " rows");
                }
            }
        }
        assertTrue(found >= 60, "question sentences found in the guides: " + found);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRowStillMatchesItsGuide() {
        Path seeds = seedsOrSkip();
        List<String> stale = new ArrayList<>();
        for (Row row : rows) {
            Path guide = SeedText.guides(seeds).stream()
                    .filter(p -> p.getFileName().toString().startsWith(row.seed())).findFirst().orElseThrow();
            String text = SeedText.read(guide);
            boolean matches = row.how().equals("advised")
                    ? SeedText.normalise(text).contains(row.opening())
                    : SeedText.questions(text).stream().anyMatch(q -> q.startsWith(row.opening()));
            if (!matches) {
                stale.add(row.toString());
            }
        }
        assertEquals(List.of(), stale, "rows of seed-questions.tsv that no longer match their guide");
    }

    private static Path seedsOrSkip() {
        Optional<Path> seeds = CuratedContent.seeds();
        assumeTrue(seeds.isPresent(), "ASSUMPTION: the source guides are not here (../shared/seeds/ beside the "
                + "repository, or -Dcoffeechat.seeds=DIR), so the guides' questions cannot be compared");
        return seeds.get();
    }

    private static List<Row> mapping() {
        try (InputStream in = SeedQuestionsTest.class.getResourceAsStream("/content/seed-questions.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> out = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                assertEquals(4, cols.length, "four tab-separated columns: " + line);
                assertTrue(Set.of("asked", "advised", "not-asked").contains(cols[1]), line);
                out.add(new Row(cols[0], cols[1], cols[2], List.of(cols[3].split(","))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
