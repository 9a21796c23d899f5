package org.coffeechat.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.config.SiteConfigLoader;
import org.coffeechat.diag.Diagnostics;

/**
 * A SHA-256 digest of everything a build reads (every file's path and bytes) and every setting
 * that changes its output, including the coffeechat code itself. Equal fingerprints mean the
 * build would write the same files, so a build tool can skip it; see {@link BuildStamp}.
 * File contents are hashed, not modification times, so a fresh checkout of the same files is
 * still up to date.
 */
public final class InputFingerprint {

    private final String hex;

    private InputFingerprint(String hex) {
        this.hex = hex;
    }

    /** The fingerprint of a guide build into {@code outDir}. */
    public static InputFingerprint of(BuildRequest request, Path outDir) {
        return builder().request(request).setting("output", outDir.toAbsolutePath().normalize().toString()).build();
    }

    /**
     * The fingerprint of a cohort of packets: the site's inputs, every profile file, and every
     * setting that changes a packet (the folder, shard, paper, plan day, PDF date, print HTML, guides);
     * not the number of threads, which changes only how fast.
     */
    public static InputFingerprint of(CohortRequest request) {
        return builder().request(request.site())
                .folder("profiles", Optional.of(request.profiles()))
                .setting("output", request.out().toAbsolutePath().normalize().toString())
                .setting("shard", request.shard().map(Object::toString).orElse("all"))
                .setting("paper", request.paper().map(org.coffeechat.config.PaperSize::id).orElse("site"))
                .setting("today", request.today().toString())
                .setting("date", request.date().toString())
                .setting("html", Boolean.toString(request.html()))
                .setting("guides", Boolean.toString(request.guides()))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The digest as 64 lowercase hex digits. */
    public String hex() {
        return hex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputFingerprint other && other.hex.equals(hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return hex;
    }

    /** Collects inputs in any order; the result does not depend on the order they were added in. */
    public static final class Builder {

        private final SortedMap<String, String> entries = new TreeMap<>();

        private Builder() {
        }

        /**
         * Adds what a guide build with {@code request} reads: the content folder, the site's
         * {@code site.yaml}, {@code templates/} and {@code static/}, the theme folder (given or
         * named in {@code site.yaml}), the coffeechat code with its built-in content and theme, and
         * the strict setting.
         */
        public Builder request(BuildRequest request) {
            code();
            folder("content", request.content());
            Optional<Path> site = request.site();
            file("site/" + SiteConfigLoader.FILE_NAME, site.map(s -> s.resolve(SiteConfigLoader.FILE_NAME)));
            folder("site/templates", site.map(s -> s.resolve("templates")));
            folder("site/static", site.map(s -> s.resolve("static")));
            folder("theme", request.theme().isPresent() ? request.theme() : namedTheme(site));
            setting("strict", Boolean.toString(request.strict()));
            return this;
        }

        /** Adds every file under {@code dir} (following links), or notes that there is no such folder. */
        public Builder folder(String role, Optional<Path> dir) {
            if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
                entries.put("folder:" + role, dir.isEmpty() ? "none" : "missing " + dir.get().toAbsolutePath().normalize());
                return this;
            }
            Path root = dir.get().toAbsolutePath().normalize();
            entries.put("folder:" + role, root.toString());
            try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    entries.put("file:" + role + "/" + root.relativize(p).toString().replace('\\', '/'), digest(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Adds one file's bytes, or notes that it is absent. */
        public Builder file(String role, Optional<Path> file) {
            entries.put("file:" + role, file.filter(Files::isRegularFile).map(Builder::digest).orElse("absent"));
            return this;
        }

        /** Adds a setting that changes the output. */
        public Builder setting(String name, String value) {
            entries.put("setting:" + name, value);
            return this;
        }

        public InputFingerprint build() {
            MessageDigest sha = sha256();
            entries.forEach((k, v) -> sha.update((k + "\t" + v + "\n").getBytes(StandardCharsets.UTF_8)));
            return new InputFingerprint(HexFormat.of().formatHex(sha.digest()));
        }

        private void code() {
            entries.put("code:coffeechat", Code.DIGEST);
        }

        private static Optional<Path> namedTheme(Optional<Path> site) {
            // Problems in site.yaml are the build's to report; here an unreadable file just means "no theme named".
            SiteConfig config = SiteConfigLoader.load(site, Path::toString, new Diagnostics());
            if (config.theme().equals("default")) {
                return Optional.empty();
            }
            return Optional.of(site.orElse(Path.of(".")).resolve(config.theme()));
        }

        private static String digest(Path file) {
            MessageDigest sha = sha256();
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The coffeechat code and its built-in content and theme: a new version of either means a rebuild. */
    private static final class Code {

        /** Code we cannot read is taken to differ from run to run: never wrongly up to date. */
        private static final String UNKNOWN = "unknown " + java.util.UUID.randomUUID();

        static final String DIGEST = compute();

        private static String compute() {
            CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return UNKNOWN;
            }
            try {
                Path location = Path.of(source.getLocation().toURI());
                Builder b = new Builder();
                if (Files.isDirectory(location)) {
                    b.folder("classes", Optional.of(location));
                } else {
                    b.file("jar", Optional.of(location));
                }
                return b.build().hex();
            } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException | IllegalArgumentException e) {
                return UNKNOWN;
            }
        }
    }
}
