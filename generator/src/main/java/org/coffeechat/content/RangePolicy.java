package org.coffeechat.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coffeechat.config.Guidance;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.SourceLocation;
import org.coffeechat.model.MarkdownSource;
import org.coffeechat.yaml.YNode;
import org.coffeechat.yaml.YNode.Entry;
import org.coffeechat.yaml.YNode.ScalarType;
import org.coffeechat.yaml.YNode.YMap;
import org.coffeechat.yaml.YNode.YScalar;

/**
 * The texts {@code policies.yaml} gives a numeric setting, one per range of its values: {@code 10-25}
 * (both included), {@code 26+} (26 up to the largest allowed value) or a single {@code 0}. Together
 * the ranges must cover every value a site config may choose, each exactly once.
 */
final class RangePolicy {

    private static final Pattern KEY = Pattern.compile("(\\d{1,6})(?:\\s*-\\s*(\\d{1,6})|(\\+))?");

    /** One range and its text. */
    record Range(int from, int to, MarkdownSource text, SourceLocation at) {
        boolean contains(int value) {
            return value >= from && value <= to;
        }
    }

    private RangePolicy() {
    }

    /**
     * Reads the ranges of {@code setting} from its mapping in policies.yaml and returns the text
     * for {@code value}, reporting malformed keys, gaps and overlaps.
     */
    static Optional<MarkdownSource> textFor(String setting, YNode node, int value, Diagnostics problems) {
        Guidance.Bounds bounds = Guidance.BOUNDS.get(setting);
        if (!(node instanceof YMap map)) {
            problems.error(node.location(), "the texts for '" + setting + "' must be a mapping from ranges of values "
                    + "(such as 10-25 or 26+) to text, found " + node.kindName());
            return Optional.empty();
        }
        List<Range> ranges = new ArrayList<>();
        for (Entry entry : map.entries().values()) {
            parse(setting, entry, bounds, problems).ifPresent(ranges::add);
        }
        ranges.sort(Comparator.comparingInt(Range::from));
        checkCoverage(setting, ranges, bounds, map.location(), problems);
        return ranges.stream().filter(r -> r.contains(value)).findFirst().map(Range::text);
    }

    /**
     * The range {@code text} names ({@code 0}, {@code 10-25}, {@code 26+}) as {from, to}, or empty
     * with a problem reported at {@code at}.
     */
    static Optional<int[]> bounds(String setting, String text, Guidance.Bounds bounds, SourceLocation at,
                                  Diagnostics problems) {
        Matcher m = KEY.matcher(text.strip());
        if (!m.matches()) {
            problems.error(at, "'" + text + "' is not a range of values for '" + setting
                    + "': write a single number (0), two numbers with a dash (10-25) or a number and a plus (26+)");
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(3) != null ? bounds.max() : m.group(2) != null ? Integer.parseInt(m.group(2)) : from;
        if (to < from) {
            problems.error(at, "the range '" + text + "' ends before it starts");
            return Optional.empty();
        }
        return Optional.of(new int[] {from, to});
    }

    private static Optional<Range> parse(String setting, Entry entry, Guidance.Bounds bounds, Diagnostics problems) {
        Optional<int[]> span = bounds(setting, entry.key(), bounds, entry.keyLocation(), problems);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        int from = span.get()[0];
        int to = span.get()[1];
        if (!(entry.value() instanceof YScalar s) || s.type() != ScalarType.STRING || s.text().isBlank()) {
            problems.error(entry.value().location(), "the text for '" + setting + "' " + entry.key()
                    + " must be Markdown text, found " + entry.value().kindName());
            return Optional.empty();
        }
        return Optional.of(new Range(from, to, new MarkdownSource(s.text(),
                ContentLoader.blockStart(s.location())), entry.keyLocation()));
    }

    private static void checkCoverage(String setting, List<Range> ranges, Guidance.Bounds bounds, SourceLocation at,
                                      Diagnostics problems) {
        int next = bounds.min();
        for (Range r : ranges) {
            if (r.from() > next) {
                problems.error(at, "the texts for '" + setting + "' leave " + span(next, r.from() - 1)
                        + " without a text (a site may choose any value from " + bounds.min() + " to " + bounds.max() + ")");
            } else if (r.from() < next && r.from() >= bounds.min()) {
                problems.error(r.at(), "the range " + span(r.from(), r.to()) + " for '" + setting
                        + "' overlaps the range before it; give each value one text");
            }
            if (r.to() > bounds.max() || r.from() < bounds.min()) {
                problems.error(r.at(), "the range " + span(r.from(), r.to()) + " for '" + setting
                        + "' goes outside the values a site may choose (" + bounds.min() + " to " + bounds.max() + ")");
            }
            next = Math.max(next, r.to() + 1);
        }
        if (next <= bounds.max()) {
            problems.error(at, "the texts for '" + setting + "' leave " + span(next, bounds.max())
                    + " without a text (a site may choose any value from " + bounds.min() + " to " + bounds.max() + ")");
        }
    }

    private static String span(int from, int to) {
        return from == to ? Integer.toString(from) : from + " to " + to;
    }
}
