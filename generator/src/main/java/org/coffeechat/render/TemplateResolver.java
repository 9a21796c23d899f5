package org.coffeechat.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.view.PageKind;

/**
 * Decides which file renders a page. Roots are searched in order: the site's own
 * {@code templates/}, then the theme's, then the built-in default theme's. The first root that
 * has the file wins; templates included from a template are looked up the same way.
 */
public final class TemplateResolver {

    /** A folder of templates and how it is named in messages. */
    public record Root(Path folder, String display) {
    }

    private final List<Root> roots;

    public TemplateResolver(List<Root> roots) {
        this.roots = List.copyOf(roots);
    }

    public List<Root> roots() {
        return roots;
    }

    /** The template file name of a page kind and format: {@code step.ftlh}. */
    public static String templateName(PageKind kind, OutputFormat format) {
        return kind.templateName() + format.extension();
    }

    /** Every place a template for {@code kind} may be, in lookup order, as display paths. */
    public List<String> candidates(PageKind kind, OutputFormat format) {
        String name = templateName(kind, format);
        List<String> out = new ArrayList<>();
        for (Root root : roots) {
            out.add(root.display() + "/" + name);
        }
        return out;
    }

    /** The file that a template name resolves to, if any root has it. Names that leave a root resolve to nothing. */
    public Optional<Path> find(String name) {
        if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
            return Optional.empty();
        }
        for (Root root : roots) {
            Path candidate = root.folder().resolve(name).normalize();
            if (candidate.startsWith(root.folder().normalize()) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** How a resolved template file is named in messages. */
    public String display(Path file) {
        for (Root root : roots) {
            if (file.startsWith(root.folder())) {
                return root.display() + "/" + root.folder().relativize(file).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }
}
