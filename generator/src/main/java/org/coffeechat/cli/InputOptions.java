package org.coffeechat.cli;

import java.nio.file.Path;
import org.coffeechat.build.BuildRequest;
import picocli.CommandLine.Option;

/** The options that say what to build from; shared by build and validate. */
final class InputOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: the built-in content).")
    Path content;

    @Option(names = "--site", paramLabel = "DIR", description = "Site folder with site.yaml, templates/ and static/ "
            + "(default: built-in settings).")
    Path site;

    @Option(names = "--theme", paramLabel = "DIR", description = "Theme folder (default: the theme site.yaml names, "
            + "or the built-in default).")
    Path theme;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    BuildRequest request() {
        BuildRequest r = BuildRequest.defaults().strict(strict);
        if (content != null) {
            r = r.withContent(content);
        }
        if (site != null) {
            r = r.withSite(site);
        }
        if (theme != null) {
            r = r.withTheme(theme);
        }
        return r;
    }
}
