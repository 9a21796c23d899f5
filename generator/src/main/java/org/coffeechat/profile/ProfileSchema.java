package org.coffeechat.profile;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.yaml.YNode;
import org.coffeechat.yaml.YNode.Entry;
import org.coffeechat.yaml.YNode.ScalarType;
import org.coffeechat.yaml.YNode.YList;
import org.coffeechat.yaml.YNode.YMap;
import org.coffeechat.yaml.YNode.YScalar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profile's JSON Schema ({@value #RESOURCE} in the jar), checked with networknt
 * json-schema-validator. The YAML is validated as YAML 1.2 typed it ({@code No} stays text); a
 * key with no value counts as absent, as it does for the loader. Each problem is placed at the
 * line and column of the value (or, for an unknown key, of the key) it concerns.
 */
public final class ProfileSchema {

    /** Where the schema is in the jar. */
    public static final String RESOURCE = "coffeechat/profile.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Schema schema;
    private final String text;

    private ProfileSchema(String text) {
        this.text = text;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config).schemaLoader(l -> l.fetchRemoteResources(false)));
        this.schema = registry.getSchema(text, InputFormat.JSON);
    }

    private static final class Holder {
        static final ProfileSchema INSTANCE = new ProfileSchema(readResource());
    }

    /** The schema shipped in the jar. */
    public static ProfileSchema get() {
        return Holder.INSTANCE;
    }

    /** The schema's JSON text, as shipped. */
    public String text() {
        return text;
    }

    private static String readResource() {
        try (InputStream in = ProfileSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the coffeechat jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One problem the schema found.
     *
     * @param unit the top-level part of the profile it lies in (the student, one contact, the settings ...),
     *             as a range of lines: the loader's own message about the same part takes precedence
     */
    public record Finding(SourceLocation location, String message, int unitFirstLine, int unitLastLine) {
    }

    /** Every problem the schema finds in a profile's YAML tree, in file order. */
    public List<Finding> check(YNode root) {
        List<Finding> out = new ArrayList<>();
        for (Error error : schema.validate(json(root))) {
            out.add(finding(root, error));
        }
        out.sort((a, b) -> a.location().compareTo(b.location()));
        return out;
    }

    /** Reports every problem the schema finds. */
    public void validate(YNode root, Diagnostics problems) {
        for (Finding f : check(root)) {
            problems.error(f.location(), f.message());
        }
    }

    /**
     * The schema's findings that the loader did not already report in the same part of the file;
     * normally none, since the loader checks the same rules with clearer words.
     */
    static List<Diagnostic> unmatched(List<Finding> schemaFindings, Diagnostics own) {
        List<Diagnostic> mine = own.sorted().stream().filter(Diagnostic::isError).toList();
        List<Diagnostic> out = new ArrayList<>();
        for (Finding f : schemaFindings) {
            boolean explained = mine.stream().anyMatch(d -> d.location().path().equals(f.location().path())
                    && d.location().line() >= f.unitFirstLine() && d.location().line() <= f.unitLastLine());
            if (!explained) {
                out.add(new Diagnostic(f.location(), Diagnostic.Severity.ERROR, f.message()));
            }
        }
        return out;
    }

    private Finding finding(YNode root, Error error) {
        NodePath path = error.getInstanceLocation();
        YNode node = root;
        YNode unit = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            Optional<YNode> child = child(node, element);
            if (child.isEmpty()) {
                break;
            }
            node = child.get();
            boolean topLevelPart = i == 0 && !(node instanceof YList);
            boolean contact = i == 1 && "contacts".equals(path.getElement(0));
            if (topLevelPart || contact) {
                unit = node;
            }
        }
        SourceLocation at = node.location();
        String keyword = error.getKeyword();
        String property = error.getProperty();
        if ("additionalProperties".equals(keyword) && property != null && node instanceof YMap m
                && m.entries().containsKey(property)) {
            at = m.entries().get(property).keyLocation();
        }
        String where = path.getNameCount() == 0 ? "the profile" : pointer(path);
        String message = "does not follow the profile schema at " + where + ": " + plain(error);
        return new Finding(at, message, unit.location().line(), lastLine(unit));
    }

    private static Optional<YNode> child(YNode node, Object element) {
        if (node instanceof YMap m && element instanceof String key && m.entries().containsKey(key)) {
            return Optional.of(m.entries().get(key).value());
        }
        if (node instanceof YList l && element instanceof Integer index && index < l.items().size()) {
            return Optional.of(l.items().get(index));
        }
        return Optional.empty();
    }

    private static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object e = path.getElement(i);
            if (e instanceof Integer n) {
                out.append('[').append(n).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(e);
            }
        }
        return out.toString();
    }

    /** The validator's message without the instance path it starts with. */
    private static String plain(Error error) {
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        return colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }

    private static int lastLine(YNode node) {
        int last = node.location().line();
        if (node instanceof YMap m) {
            for (Entry e : m.entries().values()) {
                last = Math.max(last, Math.max(e.keyLocation().line(), lastLine(e.value())));
            }
        } else if (node instanceof YList l) {
            for (YNode item : l.items()) {
                last = Math.max(last, lastLine(item));
            }
        }
        return last;
    }

    /** The YAML tree as JSON: scalars keep the type YAML 1.2 gave them; keys without a value are left out. */
    static JsonNode json(YNode node) {
        if (node instanceof YMap m) {
            ObjectNode out = NODES.objectNode();
            for (Entry e : m.entries().values()) {
                if (!(e.value() instanceof YScalar s && s.type() == ScalarType.NULL)) {
                    out.set(e.key(), json(e.value()));
                }
            }
            return out;
        }
        if (node instanceof YList l) {
            ArrayNode out = NODES.arrayNode();
            l.items().forEach(item -> out.add(json(item)));
            return out;
        }
        YScalar s = (YScalar) node;
        return switch (s.type()) {
            case NULL -> NODES.nullNode();
            case BOOLEAN -> NODES.booleanNode(Boolean.parseBoolean(s.text()));
            case INTEGER -> integer(s.text());
            case DECIMAL -> decimal(s.text());
            case STRING -> NODES.stringNode(s.text());
        };
    }

    private static JsonNode integer(String text) {
        try {
            return NODES.numberNode(new BigInteger(text.replace("_", "").replaceFirst("^\\+", "")));
        } catch (NumberFormatException e) {
            return NODES.stringNode(text);
        }
    }

    private static JsonNode decimal(String text) {
        try {
            return NODES.numberNode(new BigDecimal(text.replace("_", "").replaceFirst("^\\+", "")));
        } catch (NumberFormatException e) {
            return NODES.stringNode(text);
        }
    }
}
