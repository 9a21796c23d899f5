import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records the class data sharing archive the launcher (src/main/launcher/coffeechat) uses: the classes
 * that both a guide build and a packets run load, already parsed and verified. Called by generator/pom.xml
 * at package time and by bench/lib.sh (private_launcher) for the bench scripts' private copy of the jar.
 *
 *   java generator/src/build/RecordClassArchive.java JAR ARCHIVE WORK_DIR REPO_ROOT
 *
 * Three JVMs of the java running this: a build of the built-in guide and a packets run of the example
 * site's profiles (site/profiles, with site/'s branding), both with the launcher's options and
 * -XX:DumpLoadedClassList; then one static dump (-Xshare:dump) of the two lists merged, for JAR on the
 * class path exactly as `java -jar JAR` puts it. The archive belongs to that jar at that path: the JVM
 * skips it when the jar is moved or changed. WORK_DIR holds the training outputs and the lists.
 */
public final class RecordClassArchive {

    /** The launcher's own options (src/main/launcher/coffeechat): the classes loaded depend on them. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: java RecordClassArchive.java JAR ARCHIVE WORK_DIR REPO_ROOT");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Path root = Path.of(args[3]).toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(work);
        Files.deleteIfExists(archive);

        Path buildList = work.resolve("build.classlist");
        train(java, jar, buildList, work, "build", "--out", work.resolve("site").toString());
        Path packetsList = work.resolve("packets.classlist");
        train(java, jar, packetsList, work, "packets", "--profiles", root.resolve("site/profiles").toString(),
                "--site", root.resolve("site").toString(), "--today", "2026-03-02",
                "--out", work.resolve("packets").toString());

        // One class per line in load order; a class both runs load is listed once, where it first appears.
        Set<String> merged = new LinkedHashSet<>();
        for (Path list : List.of(buildList, packetsList)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    merged.add(line);
                }
            }
        }
        Path classes = work.resolve("classes.classlist");
        Files.write(classes, merged, StandardCharsets.UTF_8);

        run(work.resolve("dump.log"), java, "-Xshare:dump", "-XX:SharedClassListFile=" + classes,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString());
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no archive written; see " + work.resolve("dump.log"));
        }
    }

    private static void train(String java, Path jar, Path list, Path work, String... command)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + list));
        cmd.addAll(LAUNCHER_OPTIONS);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(command));
        run(work.resolve(command[0] + ".log"), cmd.toArray(String[]::new));
    }

    private static void run(Path log, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see " + log
                    + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
