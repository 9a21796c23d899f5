package org.coffeechat.build;

import java.nio.file.Path;
import java.util.List;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.content.ContentFiles;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.model.Content;
import org.coffeechat.render.TemplateEngine;

/**
 * A site that loaded and passed every check: ready to render.
 *
 * @param contentFiles the content folder the content was read from (a student's settings read parts of it again)
 * @param staticRoots  folders whose files are copied to the site root, later ones winning
 * @param warnings    problems that did not stop the build
 */
public record LoadedSite(SiteConfig config, Content content, ContentFiles contentFiles, TemplateEngine templates,
                         List<Path> staticRoots, List<Diagnostic> warnings) {
    public LoadedSite {
        staticRoots = List.copyOf(staticRoots);
        warnings = List.copyOf(warnings);
    }
}
