package org.coffeechat.print;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.config.PaperSize;
import org.coffeechat.pdf.Canvas;
import org.coffeechat.pdf.Flow.Box;
import org.coffeechat.pdf.Flow.Paragraph;
import org.coffeechat.pdf.Flow.Row;
import org.coffeechat.pdf.Flow;
import org.coffeechat.pdf.Picture;
import org.coffeechat.pdf.Span;
import org.coffeechat.pdf.TextLayout.Line;
import org.coffeechat.pdf.TextLayout;
import org.coffeechat.pdf.TextStyle;
import org.coffeechat.print.PacketView.ContactView;
import org.coffeechat.print.PacketView.StepView;
import org.coffeechat.view.personal.ContactView.DraftView;
import org.coffeechat.view.personal.ContactView.EtiquetteGroup;
import org.coffeechat.view.personal.ContactView.EtiquetteRule;
import org.coffeechat.view.personal.ContactView.QuestionView;
import org.coffeechat.view.personal.ContactView.ReferralView;
import org.coffeechat.view.personal.ContactView.ResearchGroup;
import org.coffeechat.view.personal.ContactView.ResearchItemView;
import org.coffeechat.view.personal.PersonalGuide.Count;

/**
 * Lays out one student's packet, page by page: the cover, the campaign overview with the
 * timeline, then for each contact the one-page prep sheet ({@link PrepSheet}) and the full
 * preparation. Sections are marked in the outline (each contact, and its sections beneath it);
 * every page but the cover carries the running header, and every page "page X of Y".
 */
final class PacketDocument {

    /** Margins in points: the running header sits in the top one, the page number in the bottom one. */
    static final float TOP = 66;
    static final float BOTTOM = 58;
    static final float SIDE = 54;

    private final PacketView v;
    private final PrintTheme theme;
    private final PacketStyle st;
    private final TextLayout layout;
    private final Optional<Picture> logo;
    private final Flow flow;

    PacketDocument(PacketView packet, PrintTheme theme, TextLayout layout, Optional<Picture> logo) {
        this.v = packet;
        this.theme = theme;
        this.st = new PacketStyle(theme, packet.brand(), 1f);
        this.layout = layout;
        this.logo = logo;
        this.flow = new Flow(geometry(packet.paper()), layout);
    }

    static Flow.Geometry geometry(String paperId) {
        PaperSize paper = PaperSize.parse(paperId).orElse(PaperSize.LETTER);
        return new Flow.Geometry(paper.widthPoints(), paper.heightPoints(), TOP, SIDE, BOTTOM, SIDE);
    }

    /** Lays out every page; the result is ready for {@link org.coffeechat.pdf.PdfBook}. */
    List<Canvas> pages() {
        cover();
        overview();
        for (ContactView c : v.contacts()) {
            contact(c);
        }
        decorate();
        return flow.pages();
    }

    // ---- cover ------------------------------------------------------------------------------

    private void cover() {
        flow.header(Optional.empty());
        flow.newPage();
        flow.mark(0, "Cover");
        float logoSize = st.em(5.2f);
        float x = flow.left();
        float y = flow.y();
        Canvas page = flow.page();
        page.fill(new Rectangle2D.Float(0, 0, flow.geometry().width(), st.em(1.1f)), st.primary);
        float textLeft = x;
        if (logo.isPresent()) {
            float w = Math.min(logoSize * logo.get().aspectRatio(), flow.width() / 2);
            page.picture(logo.get(), x, y, w, logoSize);
            textLeft = x + w + st.em(1.4f);
        }
        TextStyle orgStyle = st.body.withSize(st.unit * 1.25f).withBold(true).withColor(st.primary);
        List<Line> org = layout.lines(v.brand().organization(), orgStyle, flow.left() + flow.width() - textLeft);
        float orgHeight = Flow.height(org, org.size());
        float top = y + Math.max(0, ((logo.isPresent() ? logoSize : orgHeight) - orgHeight) / 2);
        for (Line line : org) {
            page.text(line, textLeft, top);
            top += line.height();
        }
        float used = Math.max(logo.isPresent() ? logoSize : 0, orgHeight);
        flow.advance(Math.max(used + st.em(2), flow.geometry().height() * 0.27f - y));
        flow.paragraph(Paragraph.of("COFFEE CHAT PACKET", st.label.withSize(st.unit * 1.0f), 0, st.em(0.5f)));
        flow.paragraph(Paragraph.of(v.student().name(), st.title, 0, st.em(0.9f)));
        PacketView.StudentView s = v.student();
        flow.paragraph(Paragraph.of(s.degree() + ", " + s.programme() + ", " + s.school() + " (" + s.graduationYear() + ")",
                st.body.withSize(st.unit * 1.15f), 0, st.em(0.25f)));
        String who = s.status() + s.pronouns().map(p -> " · " + p).orElse("") + " · " + s.email();
        flow.paragraph(Paragraph.of(who, st.body.withColor(st.muted), 0, st.em(2.6f)));
        flow.fixed(st.em(1.2f), (c, fx, fy, w) -> c.fill(new Rectangle2D.Float(fx, fy, w, 2f), st.primary));
        flow.paragraph(Paragraph.of("YOUR CONTACTS", st.label, 0, st.em(0.6f)));
        float[] columns = columns(0.40f, 0.38f, 0.22f);
        for (ContactView c : v.contacts()) {
            flow.row(new Row(columns, List.of(
                    List.of(new Span(c.name(), st.bodyBold)),
                    List.of(new Span(c.role() + ", " + c.organisation(), st.small)),
                    List.of(new Span(c.status(), st.small.withColor(st.muted)))),
                    st.em(0.45f), st.em(0.45f), st.em(1.2f), st.rule, 0.5f, null));
        }
        flow.space(st.em(2.2f));
        flow.paragraph(Paragraph.of("Prepared on " + v.preparedOn() + " from your profile by " + v.brand().siteTitle()
                + ".", st.smallMuted, 0, st.em(0.2f)));
        flow.paragraph(Paragraph.of("Print it, take each contact's prep sheet into the meeting, and write on it.",
                st.smallMuted, 0, 0));
    }

    // ---- overview ---------------------------------------------------------------------------

    private void overview() {
        flow.header(Optional.of(v.student().name() + " · Your campaign"));
        flow.newPage();
        h1("Your campaign", "Your campaign");
        if (v.timeline().isPresent()) {
            TimelineDrawing drawing = new TimelineDrawing(v.timeline().get(), st, layout);
            float height = drawing.height(flow.width());
            flow.fixed(height + st.em(0.8f), (c, x, y, w) -> drawing.draw(c, x, y, w));
        } else {
            counts();
        }
        h2("Introducing yourself", null);
        quote(v.introduction(), st.body);
        note("About " + v.introductionSeconds() + " seconds at a calm pace. Each contact's section adds a sentence "
                + "for that meeting.");
        h2("Contacts and next steps", null);
        float[] columns = columns(0.44f, 0.17f, 0.39f);
        headerRow(columns, "Contact", "Status", "Next step");
        for (ContactView c : v.contacts()) {
            List<Span> next = new ArrayList<>();
            Optional<StepView> open = c.steps().stream().filter(s -> !s.state().equals("done")).findFirst();
            if (open.isPresent()) {
                next.add(new Span(open.get().title(), stateStyle(st.small, open.get().state()).withBold(true)));
                next.add(new Span(": " + open.get().date(), st.small));
            } else {
                next.add(new Span("Nothing open", st.small.withColor(st.muted)));
            }
            // One line per contact where it fits (the cover lists their roles), so that the
            // overview of a usual campaign stays on one page with its timeline.
            flow.row(new Row(columns, List.of(
                    List.of(new Span(c.name(), st.small.withBold(true)),
                            new Span(" · " + c.organisation(), st.small.withColor(st.muted))),
                    List.of(new Span(c.status(), st.small)), next),
                    st.em(0.3f), st.em(0.3f), st.em(0.8f), st.rule, 0.5f, null));
        }
    }

    private void counts() {
        List<Count> counts = v.counts();
        float gap = st.em(0.6f);
        float cell = (flow.width() - gap * (counts.size() - 1)) / counts.size();
        TextStyle value = st.h1.withSize(st.unit * 1.8f);
        flow.fixed(st.em(4.2f), (c, x, y, w) -> {
            for (int i = 0; i < counts.size(); i++) {
                float cx = x + i * (cell + gap);
                c.fill(new Rectangle2D.Float(cx, y, cell, st.em(3.6f)), st.tint);
                c.fill(new Rectangle2D.Float(cx, y, cell, 2f), st.primary);
                c.text(layout.line(Integer.toString(counts.get(i).value()), value), cx + st.em(0.6f), y + st.em(0.3f));
                c.text(Fit.ellipsize(layout, counts.get(i).label(), st.tinyMuted, cell - st.em(1.2f)), cx + st.em(0.6f),
                        y + st.em(2.4f));
            }
        });
    }

    // ---- a contact --------------------------------------------------------------------------

    private void contact(ContactView c) {
        flow.header(Optional.of(v.student().name() + " · " + c.name() + ", " + c.organisation()));
        flow.adopt(PrepSheet.page(v, c, theme, layout, flow.geometry()));

        h2("About " + c.name(), "About " + c.name());
        flow.paragraph(Paragraph.of(c.role() + ", " + c.organisation(), st.body.withSize(st.unit * 1.1f), 0, st.em(0.5f)));
        float[] facts = columns(0.27f, 0.73f);
        fact(facts, "Industry", c.industry());
        fact(facts, "How you found them", c.howFound());
        c.referredBy().ifPresent(r -> fact(facts, "Referred by", r));
        fact(facts, "Meeting", c.meeting().orElse("Not scheduled yet") + " (" + c.mode() + ")");
        fact(facts, "Status", c.status() + " · priority " + c.priority());
        if (!c.steps().isEmpty()) {
            h3("Plan");
            float[] plan = columns(0.31f, 0.31f, 0.38f);
            for (StepView s : c.steps()) {
                flow.row(new Row(plan, List.of(List.of(new Span(s.title(), st.small)),
                        List.of(new Span(s.date(), stateStyle(st.small, s.state()))),
                        List.of(new Span(s.detail(), st.small.withColor(st.muted)))),
                        st.em(0.3f), st.em(0.3f), st.em(0.8f), st.rule, 0.5f, null));
            }
        }

        h2("Research checklist", "Research checklist");
        for (ResearchGroup g : c.research()) {
            h3(g.title());
            for (ResearchItemView item : g.items()) {
                List<Span> spans = new ArrayList<>();
                spans.add(new Span(item.text(), st.body));
                item.link().ifPresent(l -> spans.add(new Span("  " + l, st.tinyMuted)));
                check(spans, st.em(0.3f));
            }
        }

        h2("Self-introduction", "Self-introduction");
        quote(c.introduction(), st.body);
        note("About " + c.introductionSeconds() + " seconds. Say it in your own words; do not read it.");

        h2("Questions", "Questions");
        note("In the order to ask them. Leave the last ones if time runs short.");
        for (QuestionView q : c.questions()) {
            question(q);
        }

        h2("Etiquette for a " + c.mode(), "Etiquette for a " + c.mode());
        for (EtiquetteGroup g : c.etiquette()) {
            h3(g.title());
            for (EtiquetteRule r : g.rules()) {
                rule(r);
            }
        }

        h2("Outreach draft", "Outreach draft");
        if (c.outreach().isPresent()) {
            note("The next message to send: " + c.outreach().get().title().toLowerCase(java.util.Locale.ROOT) + ".");
            draft(c.outreach().get());
        } else {
            flow.paragraph(Paragraph.of("No message to send to " + c.name() + " for now.", st.body, 0, st.em(0.4f)));
        }

        flow.newPage();
        h2("After the meeting", "After the meeting");
        h3("What I learned");
        c.after().learned().ifPresent(l -> flow.paragraph(Paragraph.of(l, st.body, 0, st.em(0.2f))));
        writingLines(5);
        h3("Referrals");
        referrals(c);
        h3("Next steps");
        for (String s : c.after().nextSteps()) {
            check(List.of(new Span(s, st.body)), st.em(0.3f));
        }
        writingLines(3);
        h3("Thank-you sent");
        check(List.of(new Span(c.after().thankYouSent().map(d -> "Sent on " + d)
                .orElse("Sent on ____________ (within the time your career centre suggests)"), st.body)), 0);

        h2("Thank-you draft", "Thank-you draft");
        if (c.thankYou().isPresent()) {
            draft(c.thankYou().get());
        } else if (c.after().thankYouSent().isPresent()) {
            flow.paragraph(Paragraph.of("You sent your thank-you on " + c.after().thankYouSent().get() + ".", st.body, 0, 0));
        } else {
            flow.paragraph(Paragraph.of("No thank-you to write for this contact.", st.body, 0, 0));
        }
    }

    private void fact(float[] columns, String key, String value) {
        flow.row(new Row(columns, List.of(List.of(new Span(key, st.small.withColor(st.muted))),
                List.of(new Span(value, st.small))), st.em(0.2f), st.em(0.2f), st.em(1f), null, 0, null));
    }

    /** A question, its reason and three lines for notes, kept on one page. */
    private void question(QuestionView q) {
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(q.text(), st.bodyBold));
        if (q.sensitive()) {
            spans.add(new Span("  only if it feels right", st.tiny.withColor(st.accent).withItalic(true)));
        }
        float indent = st.em(1.6f);
        Paragraph text = Paragraph.of(spans, st.em(0.9f), st.em(0.15f)).withIndent(indent, number(q.number()));
        Paragraph why = Paragraph.of(q.category() + " · " + q.why(), st.tinyMuted, 0, st.em(0.1f))
                .withIndent(indent, null);
        List<Line> textLines = flow.lines(text);
        List<Line> whyLines = flow.lines(why);
        float lineGap = st.em(2.05f);
        float total = text.spaceBefore() + Flow.height(textLines, textLines.size()) + text.spaceAfter()
                + Flow.height(whyLines, whyLines.size()) + why.spaceAfter() + 3 * lineGap;
        flow.ensure(total);
        flow.paragraph(text, textLines);
        flow.paragraph(why, whyLines);
        for (int i = 0; i < 3; i++) {
            flow.fixed(lineGap, (c, x, y, w) -> c.line(x + indent, y + lineGap, x + w, y + lineGap, st.rule, 0.5f));
        }
    }

    private void rule(EtiquetteRule r) {
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(r.rule(), st.body));
        if (r.firmness().equals("must")) {
            spans.add(new Span("  MUST", st.label));
        }
        float indent = st.em(1.5f);
        Paragraph rule = Paragraph.of(spans, st.em(0.35f), 0).withIndent(indent, checkbox());
        Paragraph why = Paragraph.of(r.why(), st.tinyMuted, 0, 0).withIndent(indent, null);
        List<Line> ruleLines = flow.lines(rule);
        List<Line> whyLines = flow.lines(why);
        flow.ensure(rule.spaceBefore() + Flow.height(ruleLines, ruleLines.size()) + Flow.height(whyLines, 1));
        flow.paragraph(rule, ruleLines);
        flow.paragraph(why, whyLines);
    }

    private void referrals(ContactView c) {
        float[] columns = columns(0.34f, 0.30f, 0.36f);
        headerRow(columns, "Name", "May I use " + c.name() + "'s name?", "Note");
        for (ReferralView r : c.after().referrals()) {
            flow.row(new Row(columns, List.of(List.of(new Span(r.name(), st.small)),
                    List.of(new Span(r.mayUseName() ? "Yes" : "No", st.small)),
                    List.of(new Span(r.note().orElse(""), st.small))),
                    st.em(0.5f), st.em(0.5f), st.em(0.8f), st.rule, 0.5f, null));
        }
        float rowHeight = st.em(2.3f);
        Line yes = layout.line("yes", st.small);
        Line no = layout.line("no", st.small);
        float box = st.em(0.85f);
        for (int i = 0; i < 3; i++) {
            flow.fixed(rowHeight, (cv, x, y, w) -> {
                float bx = x + columns[0];
                float by = y + rowHeight - st.em(0.6f) - box;
                cv.stroke(new Rectangle2D.Float(bx, by, box, box), st.ink, 0.75f);
                cv.text(yes, bx + box + st.em(0.4f), by + box - yes.baseline() + st.em(0.05f));
                float nx = bx + box + st.em(0.4f) + yes.width() + st.em(1.4f);
                cv.stroke(new Rectangle2D.Float(nx, by, box, box), st.ink, 0.75f);
                cv.text(no, nx + box + st.em(0.4f), by + box - no.baseline() + st.em(0.05f));
                cv.line(x, y + rowHeight, x + w, y + rowHeight, st.rule, 0.5f);
            });
        }
    }

    // ---- building blocks ----------------------------------------------------------------------

    private void h1(String text, String outline) {
        flow.heading(Paragraph.of(text, st.h1, 0, st.em(0.8f)), 0, outline, st.em(6));
    }

    /** A section heading with a rule under it; in the outline under the contact when {@code outline} is given. */
    private void h2(String text, String outline) {
        flow.heading(Paragraph.of(text, st.h2, st.em(1.6f), st.em(0.3f)), outline == null ? -1 : 1, outline,
                st.em(5));
        flow.fixed(st.em(0.7f), (c, x, y, w) -> c.line(x, y, x + w, y, st.primary, 0.75f));
    }

    private void h3(String text) {
        flow.heading(Paragraph.of(text, st.h3, st.em(1.0f), st.em(0.3f)), -1, null, st.em(2.6f));
    }

    private void note(String text) {
        flow.paragraph(Paragraph.of(text, st.smallMuted, 0, st.em(0.5f)));
    }

    private void quote(List<String> sentences, TextStyle style) {
        flow.beginBox(new Box(null, null, 0, st.accent, 2.2f, st.em(0.25f), 0, st.em(0.25f), st.em(1.1f)),
                style.lineHeight() * 2);
        flow.paragraph(Paragraph.of(String.join(" ", sentences), style, 0, 0));
        flow.endBox();
        flow.space(st.em(0.5f));
    }

    private void check(List<Span> spans, float spaceBefore) {
        flow.paragraph(Paragraph.of(spans, spaceBefore, 0).withIndent(st.em(1.5f), checkbox()));
    }

    private void draft(DraftView d) {
        flow.beginBox(new Box(PacketStyle.lighter(st.tint, 0.4f), st.rule, 0.75f, null, 0, st.em(0.9f), st.em(1.2f),
                st.em(0.5f), st.em(1.2f)), st.em(4));
        List<Span> meta = new ArrayList<>();
        meta.add(new Span(d.channel() + " to " + d.recipient(), st.smallMuted));
        d.lengthNote().ifPresent(n -> meta.add(new Span(" · " + n + (d.over() ? " (over the limit)" : ""),
                d.over() ? st.small.withColor(PacketStyle.ALERT).withBold(true) : st.smallMuted)));
        flow.paragraph(Paragraph.of(meta, 0, st.em(0.6f)));
        d.subject().ifPresent(s -> flow.paragraph(Paragraph.of("Subject: " + s, st.bodyBold, 0, st.em(0.6f))));
        for (String p : d.paragraphs()) {
            flow.paragraph(Paragraph.of(p, st.body, 0, st.em(0.6f)));
        }
        flow.endBox();
        flow.space(st.em(0.5f));
    }

    private void writingLines(int n) {
        float gap = st.em(2.1f);
        for (int i = 0; i < n; i++) {
            flow.fixed(gap, (c, x, y, w) -> c.line(x, y + gap, x + w, y + gap, st.rule, 0.5f));
        }
        flow.space(st.em(0.4f));
    }

    private void headerRow(float[] columns, String... titles) {
        List<List<Span>> cells = new ArrayList<>();
        for (String t : titles) {
            cells.add(List.of(new Span(t, st.small.withBold(true).withColor(st.primary))));
        }
        flow.row(new Row(columns, cells, st.em(0.2f), st.em(0.3f), st.em(0.8f), st.primary, 0.75f, null));
    }

    private float[] columns(float... fractions) {
        float[] out = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            out[i] = fractions[i] * flow.width();
        }
        return out;
    }

    private TextStyle stateStyle(TextStyle base, String state) {
        return switch (state) {
            case "overdue" -> base.withColor(PacketStyle.ALERT).withBold(true);
            case "done" -> base.withColor(PacketStyle.DONE);
            default -> base;
        };
    }

    /** A box to tick, beside the first line of a paragraph. */
    private Flow.Marker checkbox() {
        return checkbox(st, st.ink);
    }

    static Flow.Marker checkbox(PacketStyle style, Color color) {
        return (c, x, top, line) -> {
            float size = style.em(0.78f);
            float bottom = top + line.baseline() + style.em(0.06f);
            c.stroke(new Rectangle2D.Float(x + style.em(0.1f), bottom - size, size, size), color, 0.75f);
        };
    }

    /** The question's number in the accent colour, set right in the indent. */
    private Flow.Marker number(int n) {
        return number(layout, st, n + ".", st.bodyBold.withColor(st.accent), st.em(1.6f));
    }

    static Flow.Marker number(TextLayout layout, PacketStyle style, String text, TextStyle numberStyle, float indent) {
        Line number = layout.line(text, numberStyle);
        return (c, x, top, line) -> c.text(number, x + indent - style.em(0.45f) - number.width(),
                top + line.baseline() - number.baseline());
    }

    // ---- running header and page numbers ------------------------------------------------------

    private void decorate() {
        List<Canvas> pages = flow.pages();
        int total = pages.size();
        float left = flow.geometry().left();
        float right = flow.geometry().width() - flow.geometry().right();
        float width = right - left;
        TextStyle headerStyle = st.tiny.withColor(st.primary);
        TextStyle footerStyle = st.tinyMuted;
        for (int i = 0; i < total; i++) {
            Canvas page = pages.get(i);
            if (page.header().isPresent()) {
                String header = page.header().get();
                int cut = header.indexOf(" · ");
                String student = cut < 0 ? header : header.substring(0, cut);
                String rest = cut < 0 ? "" : header.substring(cut);
                TextStyle bold = headerStyle.withBold(true);
                Line line = layout.line(List.of(new Span(student, bold), new Span(rest, headerStyle)));
                if (line.width() > width) {
                    // A very long name: each part gets its share of the line, cut with an ellipsis.
                    String who = layout.line(student, bold).width() > width * 0.45f
                            ? Fit.cut(layout, student, bold, width * 0.45f) : student;
                    float left2 = width - layout.line(who, bold).width();
                    line = layout.line(List.of(new Span(who, bold),
                            new Span(Fit.cut(layout, rest, headerStyle, left2), headerStyle)));
                }
                page.text(line, left, TOP - st.em(2.9f));
                page.line(left, TOP - st.em(1.2f), right, TOP - st.em(1.2f), st.rule, 0.5f);
            }
            float y = flow.geometry().height() - BOTTOM + st.em(2.0f);
            Line number = layout.line("page " + (i + 1) + " of " + total, footerStyle);
            page.text(number, right - number.width(), y);
            page.text(Fit.ellipsize(layout, v.brand().organization(), footerStyle, width - number.width() - st.em(2)),
                    left, y);
        }
    }
}
