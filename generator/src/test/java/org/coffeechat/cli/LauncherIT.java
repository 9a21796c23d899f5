package org.coffeechat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the README runs, {@code generator/target/coffeechat}: the same program as
 * {@code java -jar coffeechat.jar}, with JVM options and the class data sharing archive.
 */
class LauncherIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Path launcher() {
        Path launcher = Path.of(System.getProperty("coffeechat.launcher", "target/coffeechat")).toAbsolutePath();
        assertThat(launcher).as("the launcher, copied by 'package'").isExecutable();
        return launcher;
    }

    private Run run(Path program, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("COFFEECHAT_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void buildsTheSameBytesAsJavaDashJar() throws Exception {
        Run launched = run(launcher(), Map.of(), "build", "--out", "by-launcher");
        Path jar = launcher().resolveSibling("coffeechat.jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "build", "--out", "by-jar")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("jar.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(launched.exit()).as(launched.err()).isZero();
        assertThat(launched.err()).isEmpty();
        assertThat(launched.out()).contains("Built ");
        assertThat(p.exitValue()).isZero();
        Map<String, String> byLauncher = digests(dir.resolve("by-launcher"));
        assertThat(byLauncher).hasSizeGreaterThan(20).isEqualTo(digests(dir.resolve("by-jar")));
    }

    @Test
    void passesTheExitCodeAndTheMessagesThrough() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/site.yaml"), "titel: x\n");

        Run run = run(launcher(), Map.of(), "validate", "--site", "site");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("site/site.yaml:1:1: unknown key 'titel'").doesNotContain("\tat ");
    }

    @Test
    void loadsClassesFromTheArchiveThatPackageRecorded() throws Exception {
        assumeFalse(Boolean.getBoolean("coffeechat.cds.skip"), "the archive was not recorded (-Dcoffeechat.cds.skip)");
        Path log = dir.resolve("classes.log");

        Run run = run(launcher(), Map.of("COFFEECHAT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        // The application's own classes come from the archive, not only the JDK's (its default archive).
        assertThat(Files.readString(log)).contains("org.coffeechat.cli.Main source: shared objects file");
    }

    @Test
    void rendersPacketsWithTheArchivedPdfClassesAndTheSameBytesAsJavaDashJar() throws Exception {
        assumeFalse(Boolean.getBoolean("coffeechat.cds.skip"), "the archive was not recorded (-Dcoffeechat.cds.skip)");
        Path site = Path.of("..", "site").toAbsolutePath().normalize();
        Path log = dir.resolve("classes.log");
        String[] packets = {"packets", "--profiles", site.resolve("profiles").toString(), "--site", site.toString(),
                "--today", "2026-03-02", "--out"};

        Run launched = run(launcher(), Map.of("COFFEECHAT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                concat(packets, "by-launcher"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> byJar = new ArrayList<>(List.of(java.toString(), "-jar",
                launcher().resolveSibling("coffeechat.jar").toString()));
        byJar.addAll(List.of(concat(packets, "by-jar")));
        Process p = new ProcessBuilder(byJar).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("jar.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(launched.exit()).as(launched.err()).isZero();
        assertThat(p.exitValue()).isZero();
        // The archive covers a packets run too, not only the site build it was first recorded from.
        assertThat(Files.readString(log)).contains("com.lowagie.text.pdf.PdfWriter source: shared objects file");
        Map<String, String> byLauncher = digests(dir.resolve("by-launcher"));
        assertThat(byLauncher).containsKey("example.pdf").isEqualTo(digests(dir.resolve("by-jar")));
    }

    @Test
    void givesAPacketsRunAFixedHeapTouchedAtStartAndASiteBuildAHeapSizedToItsData() throws Exception {
        Map<String, String> flags = Map.of("COFFEECHAT_JAVA_OPTS", "-XX:+PrintCommandLineFlags");

        Run packets = run(launcher(), flags, "packets", "--help");
        Run build = run(launcher(), flags, "build", "--help");

        assertThat(packets.exit()).as(packets.err()).isZero();
        // 96 MiB, 64 of it young, all touched at start: a cohort's memory does not depend on its size.
        assertThat(packets.out()).contains("-XX:InitialHeapSize=100663296", "-XX:NewSize=67108864",
                "-XX:MaxNewSize=67108864", "-XX:+AlwaysPreTouch", "-XX:CompileThresholdScaling=0.1");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.out()).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
                .doesNotContain("AlwaysPreTouch", "NewSize=67108864", "CompileThresholdScaling");
    }

    private static String[] concat(String[] head, String last) {
        List<String> all = new ArrayList<>(List.of(head));
        all.add(last);
        return all.toArray(String[]::new);
    }

    @Test
    void runsWithoutTheArchiveWhenMovedOrReachedThroughALink() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("install"));
        for (String name : List.of("coffeechat", "coffeechat.jar", "coffeechat.jsa")) {
            Path from = launcher().resolveSibling(name);
            if (Files.exists(from)) {
                Files.copy(from, copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path link = Files.createSymbolicLink(dir.resolve("cc"), copy.resolve("coffeechat"));

        Run run = run(link, Map.of(), "build", "--out", "moved");

        // The archive names the jar where package recorded it, so here it is skipped, without a word.
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(dir.resolve("moved/index.html")).isRegularFile();
    }

    private static Map<String, String> digests(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
