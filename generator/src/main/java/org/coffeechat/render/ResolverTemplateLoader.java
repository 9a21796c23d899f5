package org.coffeechat.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        return new InputStreamReader(Files.newInputStream((Path) source), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing is held open between calls.
    }
}
