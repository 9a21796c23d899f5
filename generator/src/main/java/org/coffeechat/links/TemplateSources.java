package org.coffeechat.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.render.TemplateResolver;

/**
 * The template files behind a rendered page, to point a problem found in the page's HTML at the
 * line of the template that wrote it.
 */
public final class TemplateSources {

    private static final Pattern USES = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    private static final Pattern STATIC_ID = Pattern.compile("\\sid=\"([^\"$<>{}]+)\"");

    private final TemplateResolver resolver;
    private final Map<String, List<String>> used = new ConcurrentHashMap<>();
    private final Map<Path, List<String>> lines = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> staticIds = new ConcurrentHashMap<>();

    public TemplateSources(TemplateResolver resolver) {
        this.resolver = resolver;
    }

    /** {@code template} and every template it imports or includes, directly or not, in that order. */
    public List<String> uses(String template) {
        return used.computeIfAbsent(template, name -> {
            Set<String> out = new LinkedHashSet<>();
            collect(name, out);
            return List.copyOf(out);
        });
    }

    private void collect(String name, Set<String> out) {
        if (!out.add(name)) {
            return;
        }
        resolver.find(name).ifPresent(file -> {
            Matcher m = USES.matcher(String.join("\n", lines(file)));
            while (m.find()) {
                collect(m.group(1), out);
            }
        });
    }

    /**
     * Where {@code needle} is first written in {@code template} or a template it uses, or the
     * template file itself when no line holds it.
     */
    SourceLocation locate(String template, List<String> needles) {
        for (String needle : needles) {
            if (needle.isEmpty()) {
                continue;
            }
            for (String name : uses(template)) {
                Optional<Path> file = resolver.find(name);
                if (file.isEmpty()) {
                    continue;
                }
                List<String> text = lines(file.get());
                for (int i = 0; i < text.size(); i++) {
                    int column = text.get(i).indexOf(needle);
                    if (column >= 0) {
                        return new SourceLocation(resolver.display(file.get()), i + 1, column + 1);
                    }
                }
            }
        }
        return SourceLocation.file(resolver.find(template).map(resolver::display).orElse(template));
    }

    /**
     * The anchors that {@code template} and the templates it uses always write: {@code id}
     * attributes with a fixed value, such as {@code id="main"}. Ids made from content are not
     * included; the content validator knows those.
     */
    public Set<String> staticIds(String template) {
        return staticIds.computeIfAbsent(template, this::findStaticIds);
    }

    private Set<String> findStaticIds(String template) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : uses(template)) {
            resolver.find(name).ifPresent(file -> {
                Matcher m = STATIC_ID.matcher(String.join("\n", lines(file)));
                while (m.find()) {
                    out.add(m.group(1));
                }
            });
        }
        return Set.copyOf(out);
    }

    private List<String> lines(Path file) {
        return lines.computeIfAbsent(file, f -> {
            try {
                return new ArrayList<>(List.of(Files.readString(f, StandardCharsets.UTF_8).split("\n", -1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
