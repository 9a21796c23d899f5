package org.coffeechat.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The curated content is written in our own words: no run of {@value #RUN} consecutive words of any
 * file under {@code content/} matches a source guide, comparing without case or punctuation. The
 * guides are read from {@code ../shared/seeds/} beside the repository, or from {@code -Dcoffeechat.seeds};
 * when neither exists the test is skipped and says so.
 */
class NoCopyFromSeedsTest {

    static final int RUN = 12;
    /** Shorter shared runs are allowed but should stay rare; this many words is where we start counting. */
    static final int SHORT_RUN = 8;
    static final int MAX_SHORT_RUNS = 5;

    /** A word of a content file and the line it stands on. */
    record Word(String text, int line) {
    }

    @Test
    void noRunOfTwelveWordsInTheContentMatchesASourceGuide() {
        Map<String, String> seedRuns = seedRuns(RUN);
        List<String> copied = new ArrayList<>();
        for (Path file : contentFiles()) {
            copied.addAll(shared(file, seedRuns, RUN));
        }
        assertEquals(List.of(), copied, "content that repeats a source guide word for word; rewrite it in our own words");
    }

    @Test
    void shorterSharedPhrasesStayRare() {
        Map<String, String> seedRuns = seedRuns(SHORT_RUN);
        List<String> shared = new ArrayList<>();
        for (Path file : contentFiles()) {
            shared.addAll(shared(file, seedRuns, SHORT_RUN));
        }
        assertTrue(shared.size() <= MAX_SHORT_RUNS, shared.size() + " phrases of " + SHORT_RUN
                + " or more words are shared with a source guide (at most " + MAX_SHORT_RUNS + " allowed):\n"
                + String.join("\n", shared));
    }

    @Test
    void theComparisonCatchesACopiedSentenceDespiteCaseAndPunctuation() {
        Map<String, String> runs = new HashMap<>();
        List<String> seed = SeedText.words("Research leads to information, which leads to hearing about openings; "
                + "prepare well and always follow up politely.");
        addRuns(seed, "guide", RUN, runs);
        String copy = "RESEARCH leads to information -- which leads to hearing about openings. Prepare well, and always";
        List<String> words = SeedText.words(copy);
        assertTrue(runs.containsKey(String.join(" ", words.subList(0, RUN))), "the copy is found");
        List<String> reworded = SeedText.words("Research gives you information, and information is how you come to hear "
                + "about openings; so prepare with care and follow up politely.");
        for (int i = 0; i + RUN <= reworded.size(); i++) {
            assertTrue(!runs.containsKey(String.join(" ", reworded.subList(i, i + RUN))), "a reworded sentence passes");
        }
    }

    private static Map<String, String> seedRuns(int length) {
        Optional<Path> seeds = CuratedContent.seeds();
        assumeTrue(seeds.isPresent(), "ASSUMPTION: the source guides are not here (../shared/seeds/ beside the "
                + "repository, or -Dcoffeechat.seeds=DIR), so copying from them cannot be checked");
        Map<String, String> runs = new HashMap<>();
        List<Path> guides = SeedText.guides(seeds.get());
        assertTrue(guides.size() >= 5, "the five source guides: " + guides);
        for (Path guide : guides) {
            addRuns(SeedText.words(SeedText.read(guide)), guide.getFileName().toString(), length, runs);
        }
        return runs;
    }

    private static void addRuns(List<String> words, String source, int length, Map<String, String> runs) {
        for (int i = 0; i + length <= words.size(); i++) {
            runs.putIfAbsent(String.join(" ", words.subList(i, i + length)), source);
        }
    }

    /** Each maximal stretch of {@code file} made of runs that a guide also has, as "path:line: words (guide)". */
    private static List<String> shared(Path file, Map<String, String> seedRuns, int length) {
        List<Word> words = new ArrayList<>();
        String[] lines = SeedText.read(file).split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            for (String w : SeedText.words(lines[n])) {
                words.add(new Word(w, n + 1));
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i + length <= words.size()) {
            String run = join(words, i, i + length);
            String guide = seedRuns.get(run);
            if (guide == null) {
                i++;
                continue;
            }
            int end = i + length;
            while (end < words.size() && seedRuns.containsKey(join(words, end - length + 1, end + 1))) {
                end++;
            }
            out.add(CuratedContent.repoRoot().relativize(file) + ":" + words.get(i).line() + ": \""
                    + join(words, i, end) + "\" (" + guide + ")");
            i = end;
        }
        return out;
    }

    private static String join(List<Word> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(words.get(k).text());
        }
        return b.toString();
    }

    private static List<Path> contentFiles() {
        try (Stream<Path> walk = Files.walk(CuratedContent.folder())) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .sorted().toList();
            assertTrue(files.size() > 20, "content files: " + files.size());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
