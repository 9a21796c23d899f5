package org.coffeechat.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.ext.beans.BeansWrapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.diag.SourceLocation;

/**
 * Freemarker, configured once per build and shared by all threads. Templates auto-escape HTML
 * ({@code .ftlh}) or XML ({@code .ftlx}), cannot instantiate classes ({@code ?new}), cannot
 * reach the Java API ({@code ?api}) and load only files the {@link TemplateResolver} finds.
 */
public final class TemplateEngine {

    private final Configuration configuration;
    private final TemplateResolver resolver;

    public TemplateEngine(TemplateResolver resolver) {
        this.resolver = resolver;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ResolverTemplateLoader(resolver));
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setLocalizedLookup(false);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        wrapper.setUseAdaptersForContainers(true);
        wrapper.setForceLegacyNonListCollections(false);
        DefaultObjectWrapper built = wrapper.build();
        c.setObjectWrapper(built);
        this.configuration = c;
    }

    public TemplateResolver resolver() {
        return resolver;
    }

    /** Loads {@code names}, reporting every missing template and every syntax error. */
    public void check(Iterable<String> names, Diagnostics problems) {
        for (String name : names) {
            try {
                configuration.getTemplate(name);
            } catch (TemplateNotFoundException e) {
                problems.error(SourceLocation.file(resolver.roots().isEmpty() ? name : resolver.roots().get(0).display()
                        + "/" + name), "no template '" + name + "' in any of: " + resolver.roots().stream()
                        .map(TemplateResolver.Root::display).toList());
            } catch (ParseException e) {
                problems.error(location(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                        "template syntax error: " + firstLine(e.getEditorMessage()));
            } catch (ResolverTemplateLoader.UnreadableTemplate e) {
                problems.addAll(e.diagnostics());
            } catch (IOException e) {
                problems.error(SourceLocation.file(name), "cannot read template: " + e.getMessage());
            }
        }
    }

    /**
     * Renders template {@code name} with {@code model} (see {@link TemplateModels}).
     *
     * @throws InvalidInputException when the template fails (a theme's mistake), with its location
     */
    public String render(String name, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(name);
            TextWriter out = new TextWriter(16 * 1024);
            template.process(new LinkedHashMap<>(model), out);
            return out.toString();
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            Diagnostics d = new Diagnostics();
            String message = firstLine(e.getMessageWithoutStackTop());
            if (message.contains("Template not found for name")) {
                message += " (looked in: " + resolver.roots().stream().map(TemplateResolver.Root::display)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")";
            }
            d.error(location(e.getTemplateSourceName(), line == null ? 1 : line, column == null ? 1 : column),
                    "template error: " + message);
            throw new InvalidInputException(d.sorted());
        } catch (ResolverTemplateLoader.UnreadableTemplate e) {
            throw new InvalidInputException(e.diagnostics());
        } catch (IOException e) {
            Diagnostics d = new Diagnostics();
            d.error(SourceLocation.file(name), "cannot read template: " + e.getMessage());
            throw new InvalidInputException(d.sorted());
        } catch (StackOverflowError e) {
            // A theme's macro, function or #include that calls itself without end; the thread's stack is free again.
            Diagnostics d = new Diagnostics();
            d.error(location(name, 1, 1), "the template never finishes: a macro, function or #include calls itself "
                    + "without end (or nests too deep); make the repetition stop");
            throw new InvalidInputException(d.sorted());
        }
    }

    private SourceLocation location(String templateName, int line, int column) {
        String display = templateName == null ? "(template)"
                : resolver.find(templateName).map(resolver::display).orElse(templateName);
        return new SourceLocation(display, Math.max(1, line), Math.max(1, column));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        // Freemarker's notes on its own internals (the loader object, parser states) mean nothing to a theme author.
        String cleaned = message.replaceAll("(?s)\\s*The name was interpreted by this TemplateLoader:.*?(\n|$)", "\n")
                .replaceAll("(?s)\\s*Was expecting one of.*", "");
        String[] lines = cleaned.strip().split("\n");
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length && i < 3; i++) {
            String l = lines[i].strip();
            if (l.startsWith("==>")) {
                // The failing expression, without Freemarker's own "[in template ...]": the location says that.
                l = l.substring(3).replaceFirst("\\s*\\[in template .*$", "").strip();
            }
            if (!l.isEmpty() && !l.startsWith("----") && !l.startsWith("Tip:")) {
                out.append(' ').append(l);
            }
        }
        return out.toString();
    }

    /** For tests: where a template name resolves. */
    Path locate(String name) {
        return resolver.find(name).orElse(null);
    }

    /** A {@link java.io.StringWriter} without its lock: each page is rendered by one thread. */
    private static final class TextWriter extends Writer {
        private final StringBuilder text;

        TextWriter(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
