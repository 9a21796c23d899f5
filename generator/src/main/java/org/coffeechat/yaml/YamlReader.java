package org.coffeechat.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.diag.SourceText;
import org.coffeechat.yaml.YNode.Entry;
import org.coffeechat.yaml.YNode.ScalarType;
import org.coffeechat.yaml.YNode.YList;
import org.coffeechat.yaml.YNode.YMap;
import org.coffeechat.yaml.YNode.YScalar;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/** Parses YAML text into a located {@link YNode} tree. Thread-safe. */
public final class YamlReader {

    /** YAML 1.2: a key with nothing after it (a plain empty value) is null, while {@code ''} stays empty text. */
    private static final YAMLFactory FACTORY = YAMLFactory.builder().enable(YAMLReadFeature.EMPTY_STRING_AS_NULL).build();

    private YamlReader() {
    }

    /**
     * Reads one YAML document. A syntax error or a repeated key is reported to {@code problems}
     * and gives an empty result.
     *
     * @param path      the path to show in messages
     * @param firstLine the line of {@code text}'s first line in the file (1 for a whole file,
     *                  more for front matter)
     */
    public static java.util.Optional<YNode> read(String path, String text, int firstLine, Diagnostics problems) {
        Diagnostics local = new Diagnostics();
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return java.util.Optional.of(new YScalar(null, ScalarType.NULL, new SourceLocation(path, firstLine, 1)));
            }
            Builder builder = new Builder(parser, text, path, firstLine, local, astral(text));
            YNode node = builder.value(first, 0);
            JsonToken next = parser.nextToken();
            // An empty document after a trailing '---' holds nothing to lose; any other would be ignored.
            boolean empty = next == JsonToken.VALUE_NULL
                    || (next == JsonToken.VALUE_STRING && parser.getString().isEmpty() && builder.isPlainNull(""));
            if (next != null && !empty) {
                local.error(builder.here(), "a second YAML document starts here (after a '---' line); a file holds one "
                        + "document, so remove the '---' or move this part to a file of its own");
            }
            problems.addAll(local);
            return local.hasErrors() ? java.util.Optional.empty() : java.util.Optional.of(node);
        } catch (TooDeep e) {
            problems.addAll(local);
            problems.error(e.where, "values are nested more than " + MAX_DEPTH + " levels deep here; coffeechat's files "
                    + "need only a few levels (check the indentation and the brackets)");
            return java.util.Optional.empty();
        } catch (JacksonException e) {
            problems.addAll(local);
            TokenStreamLocation where = e.getLocation();
            int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
            int column = where == null || where.getColumnNr() < 1 ? 1 : where.getColumnNr();
            problems.error(new SourceLocation(path, line + firstLine - 1, column),
                    "this is not valid YAML: " + describe(e, firstLine));
            return java.util.Optional.empty();
        }
    }

    /** How deep mappings and lists may nest; deeper is a mistake, and recursion must stay bounded. */
    static final int MAX_DEPTH = 100;

    /** Ends the reading of a file nested too deep; carries no stack trace. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceLocation where;

        TooDeep(SourceLocation where) {
            super(null, null, false, false);
            this.where = where;
        }
    }

    /** The parser's own words without its echo of the source; the location is printed separately. */
    private static String describe(JacksonException e, int firstLine) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Expected a property name")) {
            return "a key must be plain text, not a list or a mapping";
        }
        if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblem() != null) {
            String problem = marked.getProblem().strip();
            String context = marked.getContext();
            if (context == null || context.isBlank()) {
                return problem;
            }
            String where = marked.getContextMark()
                    .map(m -> " started at line " + (m.getLine() + firstLine) + ", column " + (m.getColumn() + 1))
                    .orElse("");
            return problem + " (" + context.strip() + where + ")";
        }
        return firstSentence(e.getOriginalMessage());
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "syntax error";
        }
        String oneLine = message.strip().replaceAll("\\s+", " ");
        int cut = oneLine.indexOf(" in 'reader'");
        if (cut < 0) {
            cut = oneLine.indexOf(" at [Source");
        }
        return cut > 0 ? oneLine.substring(0, cut) : oneLine;
    }

    /** The plain (unquoted) scalars that YAML 1.2's core schema reads as null; Jackson reads only "null" so. */
    private static final java.util.Set<String> NULLS = java.util.Set.of("", "~", "null", "Null", "NULL");

    /**
     * The code point indices of the characters of {@code text} outside the Basic Multilingual Plane
     * (emoji, rarer CJK...), in order: the parser counts offsets in code points, a Java string in
     * UTF-16 units, and each of these takes two.
     */
    private static int[] astral(String text) {
        int[] at = new int[0];
        int n = 0;
        int cp = 0;
        for (int i = 0; i < text.length(); i++, cp++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, Math.max(8, n * 2));
                }
                at[n++] = cp;
                i++;
            }
        }
        return java.util.Arrays.copyOf(at, n);
    }

    /**
     * @param astral the code point indices of the text's characters that take two UTF-16 units
     */
    private record Builder(JsonParser parser, String text, String path, int firstLine, Diagnostics problems,
                           int[] astral) {

        /** The index in {@code text} of the parser's code point offset {@code offset}. */
        long chars(long offset) {
            if (astral.length == 0 || offset < 0) {
                return offset;
            }
            int before = java.util.Arrays.binarySearch(astral, (int) offset);
            return offset + (before >= 0 ? before : -before - 1);
        }


        /** Whether the current string token is an unquoted null such as {@code ~} or an empty value. */
        boolean isPlainNull(String value) {
            if (!NULLS.contains(value)) {
                return false;
            }
            long offset = chars(parser.currentTokenLocation().getCharOffset());
            if (offset < 0 || offset >= text.length()) {
                return true;
            }
            char first = text.charAt((int) offset);
            return first != '"' && first != '\'' && first != '|' && first != '>';
        }

        SourceLocation here() {
            TokenStreamLocation l = parser.currentTokenLocation();
            return new SourceLocation(path, Math.max(1, l.getLineNr()) + firstLine - 1, Math.max(1, l.getColumnNr()));
        }

        YNode value(JsonToken token, int depth) {
            SourceLocation at = here();
            if (((YAMLParser) parser).isCurrentAlias()) {
                problems.error(at, "'*" + parser.getString() + "' refers to an anchor ('&" + parser.getString()
                        + "'); coffeechat does not follow YAML anchors and aliases, so write the value out here");
            }
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
                throw new TooDeep(at);
            }
            return switch (token) {
                case START_OBJECT -> map(at, depth + 1);
                case START_ARRAY -> list(at, depth + 1);
                case VALUE_STRING -> isPlainNull(parser.getString()) ? new YScalar(null, ScalarType.NULL, at)
                        : new YScalar(parser.getString(), ScalarType.STRING, at, written(at));
                case VALUE_NUMBER_INT -> new YScalar(parser.getString(), ScalarType.INTEGER, at, written(at));
                case VALUE_NUMBER_FLOAT -> new YScalar(parser.getString(), ScalarType.DECIMAL, at, written(at));
                case VALUE_TRUE, VALUE_FALSE -> new YScalar(parser.getString(), ScalarType.BOOLEAN, at, written(at));
                case VALUE_NULL -> new YScalar(null, ScalarType.NULL, at);
                default -> new YScalar(parser.getString(), ScalarType.STRING, at, written(at));
            };
        }

        /** The current scalar token as written in the text, starting at {@code at}. */
        SourceText written(SourceLocation at) {
            long from = chars(parser.currentTokenLocation().getCharOffset());
            long to = chars(parser.currentLocation().getCharOffset());
            if (from < 0 || to > text.length() || to < from) {
                return SourceText.at(at);
            }
            return new SourceText(at, text.substring((int) from, (int) to));
        }

        YMap map(SourceLocation at, int depth) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                SourceLocation keyAt = here();
                YNode value = value(parser.nextToken(), depth);
                if (entries.containsKey(key)) {
                    problems.error(keyAt, "key '" + key + "' appears twice (first at line "
                            + entries.get(key).keyLocation().line() + ")");
                } else {
                    entries.put(key, new Entry(key, keyAt, value));
                }
            }
            return new YMap(entries, at);
        }

        YList list(SourceLocation at, int depth) {
            List<YNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                items.add(value(token, depth));
            }
            return new YList(items, at);
        }
    }
}
