package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.output.MemoryOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortTest {

    @TempDir
    Path dir;

    private List<Path> folder(String... names) throws IOException {
        for (String n : names) {
            Files.writeString(dir.resolve(n), "student: x\n");
        }
        return Cohort.profiles(dir);
    }

    /** Renders the file name as the "PDF"; a file whose name starts with "bad" fails. */
    private static Cohort.Rendered fake(Path profile, String display, String name) {
        if (profile.getFileName().toString().startsWith("bad")) {
            Diagnostics d = new Diagnostics();
            d.error(new SourceLocation(display, 3, 5), "unknown status 'sent'");
            throw new InvalidInputException(d.sorted());
        }
        return new Cohort.Rendered(profile.getFileName().toString().getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static class Recorder implements CohortListener {
        int started = -1;
        final List<String> rendered = Collections.synchronizedList(new ArrayList<>());
        final List<String> failed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void started(int profiles) {
            started = profiles;
        }

        @Override
        public void rendered(String profile, String output, List<Diagnostic> warnings) {
            rendered.add(output);
        }

        @Override
        public void failed(String profile, List<Diagnostic> problems) {
            failed.add(problems.get(0).toString());
        }
    }

    @Test
    void listsOnlyProfileFilesInNameOrder() throws IOException {
        List<Path> files = folder("b.yaml", "a.yml", "notes.txt", ".hidden.yaml");
        Files.createDirectory(dir.resolve("sub.yaml"));
        assertEquals(List.of("a.yml", "b.yaml"), files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void rendersTheOthersWhenOneProfileIsBad() throws IOException {
        List<Path> files = folder("ana.yaml", "bad-one.yaml", "zoe.yaml");
        MemoryOutput out = new MemoryOutput();
        Recorder r = new Recorder();
        CohortResult result = Cohort.run(files, Optional.empty(), CohortTest::fake, out, 2, p -> p.getFileName().toString(), r);
        assertEquals(List.of("ana.pdf", "zoe.pdf"), List.copyOf(out.files().keySet()));
        assertEquals("zoe.yaml", out.text("zoe.pdf"));
        assertEquals(List.of("bad-one.yaml"), result.failed());
        assertEquals(2, result.rendered());
        assertEquals(3, r.started);
        assertEquals(List.of("bad-one.yaml:3:5: unknown status 'sent'"), r.failed);
        assertTrue(!result.ok());
    }

    @Test
    void reportsTwoProfilesWhosePdfsDifferOnlyInCaseAsTheyWriteOneFileOnMacOsAndWindows() throws IOException {
        // zoe.b.yaml sorts among them by file name; ZOE.pdf, Zoe.pdf and zoe.pdf are one file where case is ignored.
        List<Path> files = folder("Zoe.yaml", "zoe.b.yaml", "zoe.yml", "ZOE.YML");
        Recorder r = new Recorder();
        CohortResult result = Cohort.run(files, Optional.empty(), CohortTest::fake, new MemoryOutput(), 1,
                p -> p.getFileName().toString(), r);
        assertEquals(List.of("Zoe.yaml:1:1: makes Zoe.pdf, the same file as ZOE.YML's ZOE.pdf where case is ignored "
                + "(macOS, Windows); rename one of them", "zoe.yml:1:1: makes zoe.pdf, the same file as ZOE.YML's "
                + "ZOE.pdf where case is ignored (macOS, Windows); rename one of them"), r.failed);
        assertEquals(List.of("Zoe.yaml", "zoe.yml"), result.failed());
        assertEquals(2, result.rendered());
    }

    @Test
    void reportsTwoProfilesThatWouldWriteTheSamePdf() throws IOException {
        // zoe.b.yaml sorts between the two by file name, not by the PDF it makes.
        List<Path> files = folder("zoe.yaml", "zoe.yml", "zoe.b.yaml");
        Recorder r = new Recorder();
        CohortResult result = Cohort.run(files, Optional.empty(), CohortTest::fake, new MemoryOutput(), 1,
                p -> p.getFileName().toString(), r);
        assertEquals(List.of("zoe.yml:1:1: makes the same zoe.pdf as zoe.yaml; rename one of them"), r.failed);
        assertEquals(List.of("zoe.yml"), result.failed());
        assertEquals(2, result.rendered());
    }

    @Test
    void reportsTheSecondOfTwoProfilesThatWriteTheSamePdfEvenWhenTheyFallInDifferentShards() throws IOException {
        List<Path> files = folder("zoe.yaml", "zoe.yml");
        int count = 2;
        while (new Shard(1, count).includes("zoe.yaml") == new Shard(1, count).includes("zoe.yml")) {
            count++;
        }
        List<String> failed = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            MemoryOutput out = new MemoryOutput();
            failed.addAll(Cohort.run(files, Optional.of(new Shard(k, count)), CohortTest::fake, out, 1,
                    p -> p.getFileName().toString(), CohortListener.SILENT).failed());
            out.files().forEach((name, bytes) -> written.add(name + "=" + new String(bytes, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of("zoe.yml"), failed);
        assertEquals(List.of("zoe.pdf=zoe.yaml"), written);
    }

    @Test
    void splitsTheFolderIntoSharesThatTogetherCoverItOnce() throws IOException {
        String[] names = new String[40];
        for (int i = 0; i < names.length; i++) {
            names[i] = "student-" + i + ".yaml";
        }
        List<Path> files = folder(names);
        List<String> all = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            MemoryOutput out = new MemoryOutput();
            CohortResult result = Cohort.run(files, Optional.of(new Shard(k, 3)), CohortTest::fake, out, 2,
                    p -> p.getFileName().toString(), CohortListener.SILENT);
            assertEquals(40 - result.profiles(), result.skipped());
            assertTrue(result.profiles() > 5, "shares are roughly even: " + result.profiles());
            all.addAll(out.files().keySet());
        }
        Collections.sort(all);
        assertEquals(40, all.size());
        assertEquals(40, all.stream().distinct().count());
    }

    @Test
    void putsAFileInTheSameShareWhateverElseTheFolderHolds() {
        Shard s = new Shard(2, 4);
        boolean before = s.includes("zoe.yaml");
        for (int i = 0; i < 10; i++) {
            assertEquals(before, s.includes("zoe.yaml"));
        }
        assertEquals(Optional.of(new Shard(2, 4)), Shard.parse("2/4"));
        assertEquals(Optional.empty(), Shard.parse("5/4"));
        assertEquals(Optional.empty(), Shard.parse("0/4"));
        assertEquals(Optional.empty(), Shard.parse("two"));
    }

    @Test
    void keepsAtMostTwoPacketsPerThreadInFlight() throws IOException {
        String[] names = new String[30];
        for (int i = 0; i < names.length; i++) {
            names[i] = "s" + i + ".yaml";
        }
        List<Path> files = folder(names);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Cohort.Step slow = (p, d, n) -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return fake(p, d, n);
        };
        Cohort.run(files, Optional.empty(), slow, new MemoryOutput(), 2, p -> p.toString(), CohortListener.SILENT);
        assertTrue(most.get() <= 2, "at most one render per thread at a time: " + most.get());
    }
}
