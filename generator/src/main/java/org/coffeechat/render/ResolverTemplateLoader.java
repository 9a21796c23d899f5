package org.coffeechat.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.TextFiles;

/** Feeds Freemarker only the files that {@link TemplateResolver} finds; nothing outside the template roots. */
final class ResolverTemplateLoader implements TemplateLoader {

    private final TemplateResolver resolver;

    ResolverTemplateLoader(TemplateResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Object findTemplateSource(String name) {
        return resolver.find(name).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        // Templates are read once per build; a fixed value keeps Freemarker's cache simple.
        return 0;
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Path file = (Path) source;
        Diagnostics problems = new Diagnostics();
        Optional<String> text = TextFiles.read(file, resolver.display(file), problems);
        if (text.isEmpty()) {
            throw new UnreadableTemplate(problems.sorted());
        }
        return new StringReader(text.get());
    }

    /** A template file that is not UTF-8 text (or cannot be read), with the located problem. */
    static final class UnreadableTemplate extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient List<Diagnostic> diagnostics;

        UnreadableTemplate(List<Diagnostic> diagnostics) {
            super(diagnostics.get(0).message());
            this.diagnostics = List.copyOf(diagnostics);
        }

        List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing is held open between calls.
    }
}
