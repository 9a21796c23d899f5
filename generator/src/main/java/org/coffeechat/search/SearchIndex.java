package org.coffeechat.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.coffeechat.model.Category;
import org.coffeechat.model.Content;
import org.coffeechat.model.EtiquetteItem;
import org.coffeechat.model.FaqEntry;
import org.coffeechat.model.OutreachTemplate;
import org.coffeechat.model.Page;
import org.coffeechat.model.Question;
import org.coffeechat.model.Section;
import org.coffeechat.model.Urls;
import org.coffeechat.output.JsonText;

/**
 * The site's search index: every page, question, outreach template, etiquette item and FAQ entry
 * of the public content, as a script ({@value #INDEX}) that assigns
 * {@code window.coffeechatSearchIndex}. A script rather than JSON so that the search works from
 * {@code file://}, where browsers refuse to fetch files; the theme's {@code search.js} loads it and
 * Lunr ({@value #LUNR}) when the reader first uses the search box, and builds the Lunr index there.
 * Only {@link Content} goes in: nothing from a student's profile can.
 *
 * <p>One instance may serve several builds of a changing site (the preview): it remembers the
 * JSON of each item by identity, so a build after a one-page change encodes only that page.
 */
public final class SearchIndex {

    /** Where the index is written in the site. */
    public static final String INDEX = "js/search-index.js";
    /** Where Lunr is written in the site. */
    public static final String LUNR = "js/lunr.min.js";
    /** Where Lunr's licence is written, next to it. */
    public static final String LUNR_LICENSE = "js/lunr-LICENSE.txt";

    private static final String WEBJAR = "META-INF/resources/webjars/lunr/";

    private static final byte[] HEAD = ("/* coffeechat search index: generated, do not edit. */\n"
            + "window.coffeechatSearchIndex = {\"docs\": [\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "\n]};\n".getBytes(StandardCharsets.UTF_8);

    /** The encoded JSON of each item, by the identity of the record it comes from. */
    private Map<Object, byte[]> encoded = new IdentityHashMap<>();

    /** The files of the search: the index of {@code content}, Lunr and its licence, by site path. */
    public synchronized Map<String, byte[]> files(Content content) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(INDEX, script(content));
        out.putAll(library());
        return out;
    }

    /** The index script of {@code content}. */
    public synchronized byte[] script(Content content) {
        List<Object> sources = new ArrayList<>();
        List<Supplier<SearchDocument>> documents = new ArrayList<>();
        forEach(content, (source, document) -> {
            sources.add(source);
            documents.add(document);
        });
        byte[][] json = new byte[sources.size()][];
        IntStream.range(0, json.length).parallel().forEach(i -> {
            byte[] known = encoded.get(sources.get(i));
            json[i] = known != null ? known : json(documents.get(i).get()).getBytes(StandardCharsets.UTF_8);
        });
        Map<Object, byte[]> now = new IdentityHashMap<>();
        int size = HEAD.length + TAIL.length;
        for (int i = 0; i < json.length; i++) {
            now.put(sources.get(i), json[i]);
            size += json[i].length + (i == 0 ? 0 : SEPARATOR.length);
        }
        encoded = now;
        ByteBuffer out = ByteBuffer.allocate(size).put(HEAD);
        for (int i = 0; i < json.length; i++) {
            out.put(i == 0 ? new byte[0] : SEPARATOR).put(json[i]);
        }
        return out.put(TAIL).array();
    }

    /** Every searchable item of {@code content}, in the order the site shows them. */
    public static List<SearchDocument> documents(Content content) {
        List<SearchDocument> out = new ArrayList<>();
        forEach(content, (source, document) -> out.add(document.get()));
        return out;
    }

    /** Receives each item with the model record it comes from (its identity is the cache key). */
    private interface Visitor {
        void visit(Object source, Supplier<SearchDocument> document);
    }

    private static void forEach(Content content, Visitor visitor) {
        visitor.visit(content.home(), () -> new SearchDocument(Urls.HOME, "Home", content.home().title(),
                content.home().summary(), content.home().body().plainText()));
        for (Section s : content.sections()) {
            visitor.visit(s, () -> new SearchDocument(s.url(), "Guide", s.title(), s.summary(), s.intro().plainText()));
            for (Page p : s.pages()) {
                visitor.visit(p, () -> new SearchDocument(p.url(), "Guide", p.title(), p.summary(), p.body().plainText()));
            }
        }
        Map<String, String> categories = new LinkedHashMap<>();
        for (Category c : content.categories()) {
            categories.put(c.id(), c.title());
        }
        for (Question q : content.questions()) {
            visitor.visit(q, () -> new SearchDocument(Urls.QUESTIONS + "#" + q.id(), "Question", q.text(),
                    categories.getOrDefault(q.category(), ""), q.why() + " " + q.prep().orElse("")));
        }
        for (OutreachTemplate t : content.templates()) {
            visitor.visit(t, () -> new SearchDocument(Urls.OUTREACH + "#" + t.id(), "Message template", t.title(), t.use(),
                    t.subject().orElse("") + " " + t.body()));
        }
        for (EtiquetteItem e : content.etiquette()) {
            visitor.visit(e, () -> new SearchDocument(Urls.ETIQUETTE + "#" + e.id(), "Etiquette", e.rule(), e.why(), ""));
        }
        for (FaqEntry f : content.faq()) {
            visitor.visit(f, () -> new SearchDocument(Urls.FAQ + "#" + f.id(), "FAQ", f.question(), "",
                    f.answer().plainText()));
        }
    }

    private static String json(SearchDocument d) {
        StringBuilder out = new StringBuilder(d.text().length() + 200);
        out.append("{\"u\":");
        JsonText.string(out, d.url());
        out.append(",\"k\":");
        JsonText.string(out, d.kind());
        out.append(",\"t\":");
        JsonText.string(out, d.title());
        out.append(",\"s\":");
        JsonText.string(out, d.summary());
        out.append(",\"b\":");
        JsonText.string(out, d.text().strip());
        return out.append('}').toString();
    }

    /** Lunr and its licence, from the Lunr WebJar on the class path. */
    public static Map<String, byte[]> library() {
        String folder = WEBJAR + lunrVersion() + "/";
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(LUNR, resource(folder + "lunr.min.js"));
        out.put(LUNR_LICENSE, resource(folder + "LICENSE"));
        return out;
    }

    private static String lunrVersion() {
        Properties p = new Properties();
        try (InputStream in = stream("META-INF/maven/org.webjars.npm/lunr/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path (the Lunr WebJar, org.webjars.npm:lunr)");
        }
        return in;
    }
}
