package org.coffeechat.print;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.coffeechat.pdf.Canvas;
import org.coffeechat.pdf.Flow.Box;
import org.coffeechat.pdf.Flow.Paragraph;
import org.coffeechat.pdf.Flow;
import org.coffeechat.pdf.Span;
import org.coffeechat.pdf.TextLayout.Line;
import org.coffeechat.pdf.TextLayout;
import org.coffeechat.pdf.TextStyle;
import org.coffeechat.print.PacketView.ContactView;
import org.coffeechat.view.personal.ContactView.EtiquetteGroup;
import org.coffeechat.view.personal.ContactView.EtiquetteRule;
import org.coffeechat.view.personal.ContactView.QuestionView;

/**
 * A contact's prep sheet: the one page to take into the meeting (who, when, how to open, the
 * first questions, what to remember, and room for notes). It always takes exactly one page: it is
 * laid out, measured, and laid out again smaller until it fits with room for notes; only when
 * even the smallest type does not fit (a name of hundreds of characters) are the longest texts
 * shortened.
 */
final class PrepSheet {

    /** Questions on the sheet: the first ones to ask. */
    static final int QUESTIONS = 5;
    /** Etiquette rules on the sheet per phase: the firmest ones. */
    static final int RULES_PER_PHASE = 2;

    private static final float SHRINK = 0.07f;
    private static final float MIN_SCALE = 0.55f;
    private static final int SCALE_STEPS = 7;
    private static final int SHORTEST = 12;

    private final ContactView c;
    private final PacketStyle st;
    private final Flow flow;
    private final TextLayout layout;
    private final int limit;

    private PrepSheet(ContactView contact, PacketStyle style, Flow flow, TextLayout layout, int limit) {
        this.c = contact;
        this.st = style;
        this.flow = flow;
        this.layout = layout;
        this.limit = limit;
    }

    /** The prep sheet of {@code c}, one page of {@code geometry}. */
    static Canvas page(PacketView packet, ContactView c, PrintTheme theme, TextLayout layout, Flow.Geometry geometry) {
        for (int attempt = 0; ; attempt++) {
            float scale = Math.max(MIN_SCALE, 1f - SHRINK * attempt);
            int limit = attempt < SCALE_STEPS ? Integer.MAX_VALUE
                    : Math.max(SHORTEST, 1200 >> Math.min(20, attempt - SCALE_STEPS));
            Flow flow = new Flow(geometry, layout);
            flow.newPage();
            PrepSheet sheet = new PrepSheet(c, new PacketStyle(theme, packet.brand(), scale), flow, layout, limit);
            sheet.content();
            boolean last = limit == SHORTEST;
            if ((flow.pages().size() == 1 && flow.remaining() >= sheet.notesRoom()) || last) {
                sheet.notes();
                return flow.pages().get(0);
            }
        }
    }

    private void content() {
        flow.mark(0, c.name());
        flow.mark(1, "Prep sheet");
        flow.paragraph(Paragraph.of(List.of(new Span("PREP SHEET", st.label),
                new Span("   ·   take this page into the meeting", st.label.withColor(st.muted).withBold(false))),
                0, st.em(0.45f)));
        String size = c.nameClass();
        float nameScale = size.equals(org.coffeechat.view.personal.ContactView.NAME_VERY_LONG) ? 0.62f
                : size.equals(org.coffeechat.view.personal.ContactView.NAME_LONG) ? 0.8f : 1f;
        flow.paragraph(Paragraph.of(cut(c.name()), st.h1.scaled(nameScale), 0, st.em(0.35f)));
        flow.paragraph(Paragraph.of(cut(c.role() + ", " + c.organisation() + " · " + c.industry()),
                st.body.withSize(st.unit * 1.05f), 0, st.em(0.8f)));

        flow.beginBox(new Box(st.tint, null, 0, null, 0, st.em(0.55f), st.em(0.9f), st.em(0.55f), st.em(0.9f)), 0);
        flow.paragraph(Paragraph.of(List.of(new Span("MEETING   ", st.label),
                new Span(cut(c.meeting().orElse("Not scheduled yet")), st.bodyBold),
                new Span("  ·  " + c.mode(), st.body)), 0, 0));
        flow.endBox();

        label("OPEN WITH");
        flow.beginBox(new Box(null, null, 0, st.accent, 2f * st.scale, st.em(0.2f), 0, st.em(0.2f), st.em(1f)), 0);
        flow.paragraph(Paragraph.of(cut(String.join(" ", c.introduction())), st.body.scaled(0.95f), 0, 0));
        flow.endBox();

        label("ASK FIRST");
        TextStyle question = st.body.scaled(0.97f);
        float indent = st.em(1.5f);
        for (QuestionView q : c.questions().subList(0, Math.min(QUESTIONS, c.questions().size()))) {
            flow.paragraph(Paragraph.of(cut(q.text()), question, 0, st.em(0.3f)).withIndent(indent,
                    PacketDocument.number(layout, st, q.number() + ".", question.withBold(true).withColor(st.accent),
                            indent)));
        }

        label("REMEMBER");
        TextStyle remember = st.small;
        for (String rule : remember()) {
            flow.paragraph(Paragraph.of(cut(rule), remember, 0, st.em(0.2f))
                    .withIndent(st.em(1.4f), PacketDocument.checkbox(st, st.ink)));
        }
    }

    /** The firmest etiquette rules of each phase, and the question that keeps a network growing. */
    private List<String> remember() {
        List<String> out = new ArrayList<>();
        for (EtiquetteGroup g : c.etiquette()) {
            int taken = 0;
            for (EtiquetteRule r : g.rules()) {
                if (r.firmness().equals("must") && taken < RULES_PER_PHASE) {
                    out.add(r.rule());
                    taken++;
                }
            }
        }
        out.add("Before you leave, ask who else you should talk to.");
        return out;
    }

    private void label(String text) {
        flow.paragraph(Paragraph.of(text, st.label, st.em(1.15f), st.em(0.35f)));
    }

    /** The room the notes need: their label, a hint and a few lines to write on. */
    private float notesRoom() {
        return st.em(1.15f + 0.35f) + st.label.lineHeight() + st.em(9);
    }

    /** The notes box, down to the bottom margin. */
    private void notes() {
        label("NOTES");
        float top = flow.y();
        float bottom = Math.max(top + st.em(3), flow.geometry().floor());
        float left = flow.left();
        float width = flow.width();
        Canvas page = flow.page();
        page.stroke(new Rectangle2D.Float(left, top, width, bottom - top), st.rule, 0.75f);
        Line hint = layout.line("What they said, names they mentioned, what to do next.", st.tinyMuted);
        page.text(hint, left + st.em(0.7f), top + st.em(0.45f));
        float gap = st.em(2.0f);
        for (float y = top + st.em(0.6f) + hint.height() + gap; y < bottom - st.em(0.8f); y += gap) {
            page.line(left + st.em(0.7f), y, left + width - st.em(0.7f), y, PacketStyle.lighter(st.rule, 0.45f), 0.4f);
        }
    }

    private String cut(String text) {
        return text.length() <= limit ? text : Fit.shortened(text, limit);
    }
}
