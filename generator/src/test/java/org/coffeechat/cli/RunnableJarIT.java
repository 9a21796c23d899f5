package org.coffeechat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coffeechat.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar on its own, {@code java -jar generator/target/coffeechat.jar build}, from a folder of one's own (the README runs it through the launcher, see LauncherIT). */
class RunnableJarIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("coffeechat.jar", "target/coffeechat.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar, made by 'package'").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void buildsTheBuiltInGuideFromTheContentInsideTheJar() throws Exception {
        Run run = java("build");

        assertThat(run.exit()).as(run.err()).isZero();
        Path index = dir.resolve("coffeechat-site/index.html").toRealPath();
        assertThat(run.out()).contains("Built ").contains("Open " + index.toUri());
        assertThat(Fixtures.read(index)).contains("informational interview");
        assertThat(dir.resolve("coffeechat-site/css/site.css")).isRegularFile();
        assertThat(dir.resolve("coffeechat-site/sitemap.xml")).isRegularFile();
    }

    @Test
    void printsItsVersionAndHelp() throws Exception {
        Run version = java("--version");
        Run help = java("--help");

        assertThat(version.exit()).isZero();
        assertThat(version.out()).matches("coffeechat \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("build").contains("validate").contains("Exit codes:");
    }

    @Test
    void exitsWith2AndNoStackTraceForBadInput() throws Exception {
        Fixtures.write(dir, "site/site.yaml", "titel: x\n");

        Run run = java("validate", "--site", "site");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("site/site.yaml:1:1: unknown key 'titel' in the site config; did you mean 'title'?")
                .doesNotContain("\tat ");
    }
}
