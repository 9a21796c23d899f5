package org.coffeechat.personal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.model.Html;
import org.coffeechat.output.Output;
import org.coffeechat.render.TemplateEngine;
import org.coffeechat.render.TemplateModels;
import org.coffeechat.view.personal.ContactView;
import org.coffeechat.view.personal.PersonalGuide;
import org.coffeechat.view.personal.TimelineView;

/**
 * Renders a {@link PersonalGuide} to HTML with the theme's {@code personal/} templates (looked up
 * site, theme, built-in, through the same locked-down engine as the website): {@value #INDEX}
 * for the overview, {@value #CONTACT} for each contact, {@value #TIMELINE} for the timeline.
 */
public final class GuidePages {

    public static final String INDEX = "personal/index.ftlh";
    public static final String CONTACT = "personal/contact.ftlh";
    public static final String TIMELINE = "personal/timeline.ftlx";

    /** Where the timeline picture is written, beside the overview. */
    public static final String TIMELINE_FILE = "timeline.svg";

    private GuidePages() {
    }

    /** Reports a missing or broken personal template of the theme. */
    public static void check(TemplateEngine templates, Diagnostics problems) {
        templates.check(List.of(INDEX, CONTACT, TIMELINE, "personal/layout.ftlh"), problems);
    }

    /** The campaign timeline as SVG markup, as the theme draws it. */
    public static Html timeline(TemplateEngine templates, PersonalGuide guide) {
        return timeline(templates, guide.timeline(), guide.brand());
    }

    /**
     * The timeline {@code timeline} as SVG markup, in the colours of {@code brand}; the packet's
     * HTML page uses it.
     */
    public static Html timeline(TemplateEngine templates, TimelineView timeline, PersonalGuide.Brand brand) {
        Map<String, Object> model = new TreeMap<>();
        model.put("timeline", TemplateModels.of(timeline));
        model.put("brand", TemplateModels.of(brand));
        String svg = templates.render(TIMELINE, model);
        int start = svg.indexOf("<svg");
        return new Html(start > 0 ? svg.substring(start) : svg);
    }

    /** Writes the overview, the timeline picture and one page per contact; returns how many pages. */
    public static int write(TemplateEngine templates, PersonalGuide guide, Output out) {
        Html timeline = timeline(templates, guide);
        out.write(TIMELINE_FILE, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + timeline.markup() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Object guideModel = TemplateModels.of(guide);
        Map<String, Object> model = new TreeMap<>();
        model.put("guide", guideModel);
        model.put("timeline", TemplateModels.of(timeline));
        out.write("index.html", templates.render(INDEX, model).getBytes(StandardCharsets.UTF_8));
        for (ContactView c : guide.contacts()) {
            Map<String, Object> page = new TreeMap<>();
            page.put("guide", guideModel);
            page.put("contact", TemplateModels.of(c));
            out.write(c.url(), templates.render(CONTACT, page).getBytes(StandardCharsets.UTF_8));
        }
        return 1 + guide.contacts().size();
    }
}
