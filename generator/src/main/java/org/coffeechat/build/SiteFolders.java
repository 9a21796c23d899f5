package org.coffeechat.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coffeechat.config.SiteConfigLoader;

/**
 * The folders a build reads and what each of their files is to it: the first step of the preview's
 * change-to-rebuild mapping ({@link #classify}), and the folders the preview watches.
 *
 * @param content  the content folder, or empty for the built-in content (inside the jar: nothing to watch)
 * @param site     the site folder ({@code site.yaml}, {@code templates/}, {@code static/}), if any
 * @param theme    the theme folder in use, or empty for the built-in theme
 * @param profiles the students' profile files being previewed
 */
public record SiteFolders(Optional<Path> content, Optional<Path> site, Optional<Path> theme, List<Path> profiles) {

    public SiteFolders {
        content = content.map(SiteFolders::absolute);
        site = site.map(SiteFolders::absolute);
        theme = theme.map(SiteFolders::absolute);
        profiles = profiles.stream().map(SiteFolders::absolute).toList();
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /**
     * The folders to watch, each with everything under it, existing ones only. Not the folders of
     * the profiles: a profile may sit in a large folder (a home folder); the preview watches only
     * the files of its folder itself ({@link #profileFolders}).
     */
    public List<Path> watched() {
        Set<Path> out = new LinkedHashSet<>();
        content.ifPresent(out::add);
        site.ifPresent(out::add);
        theme.ifPresent(out::add);
        return out.stream().filter(Files::isDirectory).toList();
    }

    /** The same folders with {@code previewed} as the profiles being previewed. */
    public SiteFolders withProfiles(List<Path> previewed) {
        return new SiteFolders(content, site, theme, previewed);
    }

    /**
     * The folders of the profiles, to watch without the folders under them: a profile may sit in
     * a large folder (a home folder).
     */
    public List<Path> profileFolders() {
        return profiles.stream().map(Path::getParent).filter(p -> p != null && Files.isDirectory(p)).distinct().toList();
    }

    /** What {@code file} (changed, created or deleted) is to the build. */
    public Change classify(Path file) {
        Path f = absolute(file);
        String name = f.getFileName() == null ? "" : f.getFileName().toString();
        if (profiles.contains(f)) {
            return new Change(Change.Kind.PROFILE, f.toString());
        }
        if (isScratch(name)) {
            return new Change(Change.Kind.IGNORED, f.toString());
        }
        if (content.isPresent() && f.startsWith(content.get()) && !f.equals(content.get())) {
            return new Change(Change.Kind.CONTENT, relative(content.get(), f));
        }
        if (site.isPresent() && f.equals(site.get().resolve(SiteConfigLoader.FILE_NAME))) {
            return new Change(Change.Kind.SITE_CONFIG, f.toString());
        }
        for (Optional<Path> root : List.of(site, theme)) {
            if (root.isEmpty()) {
                continue;
            }
            Path templates = root.get().resolve("templates");
            Path statics = root.get().resolve("static");
            if (f.startsWith(templates) && !f.equals(templates)) {
                return new Change(Change.Kind.TEMPLATE, relative(templates, f));
            }
            if (f.startsWith(statics) && !f.equals(statics)) {
                return new Change(Change.Kind.STATIC, relative(statics, f));
            }
        }
        return new Change(Change.Kind.IGNORED, f.toString());
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Files editors write beside the one being saved, and hidden files no build reads. */
    private static boolean isScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.matches("\\d+") || name.startsWith("#");
    }
}
