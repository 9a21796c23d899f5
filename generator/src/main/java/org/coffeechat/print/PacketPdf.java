package org.coffeechat.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.pdf.PdfDocumentInfo;
import org.coffeechat.pdf.PdfRenderer;
import org.coffeechat.pdf.PrintResources;
import org.coffeechat.render.TemplateEngine;
import org.coffeechat.render.TemplateModels;

/**
 * Renders a {@link PacketView} with the theme's {@value #TEMPLATE} (looked up site, theme,
 * built-in) into PDF bytes. One instance serves a whole cohort, from any number of threads.
 */
public final class PacketPdf {

    /** The template of a packet; it includes {@code print/packet-style.ftlh}. */
    public static final String TEMPLATE = "print/packet.ftlh";

    private final TemplateEngine templates;
    private final PdfRenderer renderer;

    /**
     * @param staticRoots the static folders, lowest priority first (built-in, theme, site), as the site build has them
     */
    public PacketPdf(TemplateEngine templates, List<Path> staticRoots) {
        this.templates = templates;
        List<Path> winnersFirst = new ArrayList<>(staticRoots);
        Collections.reverse(winnersFirst);
        String display = templates.resolver().find(TEMPLATE).map(templates.resolver()::display).orElse(TEMPLATE);
        this.renderer = new PdfRenderer(new PrintResources(winnersFirst), display);
    }

    /** Reports a missing or broken packet template of the theme. */
    public static void check(TemplateEngine templates, Diagnostics problems) {
        templates.check(List.of(TEMPLATE), problems);
    }

    /**
     * The packet as PDF.
     *
     * @throws org.coffeechat.diag.InvalidInputException when the theme's print template fails
     */
    public byte[] render(PacketView packet, PdfDocumentInfo info) {
        return renderer.render(html(packet), info);
    }

    /** The HTML the print template makes of {@code packet}, before layout. */
    public String html(PacketView packet) {
        return templates.render(TEMPLATE, Map.of("packet", TemplateModels.of(packet)));
    }

    /** The document information of a packet: its title, the student as author, the contacts as subject. */
    public static PdfDocumentInfo info(PacketView packet, java.time.Instant date) {
        String contacts = String.join(", ", packet.contacts().stream().map(PacketView.ContactView::name).toList());
        return new PdfDocumentInfo(packet.title(), packet.student().name(),
                "Preparation for informational interviews" + (contacts.isEmpty() ? "" : " with " + contacts),
                "informational interview, coffee chat, " + packet.brand().organization(), packet.lang(), date);
    }
}
