package org.coffeechat.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.pdf.BuiltInFonts;
import org.coffeechat.pdf.FontFamily;
import org.coffeechat.pdf.PdfBook;
import org.coffeechat.pdf.PdfDocumentInfo;
import org.coffeechat.pdf.Picture;
import org.coffeechat.pdf.Pictures;
import org.coffeechat.pdf.PrintResources;
import org.coffeechat.pdf.TextLayout;
import org.coffeechat.pdf.TextStyle;
import org.coffeechat.personal.GuidePages;
import org.coffeechat.render.TemplateEngine;
import org.coffeechat.render.TemplateModels;

/**
 * Draws a {@link PacketView} as PDF with OpenPDF, styled by the theme's print settings
 * ({@link PrintTheme}: fonts, text size, ink colours) and the site's branding (its colours and
 * logo, as on the website); and writes the same packet as one HTML page with the theme's
 * {@value #TEMPLATE}, for a browser. One instance serves a whole cohort, from any number of threads.
 */
public final class PacketPdf {

    /** The template of the packet as one HTML page; it includes {@code print/packet-style.ftlh}. */
    public static final String TEMPLATE = "print/packet.ftlh";

    private final TemplateEngine templates;
    private final PrintTheme theme;
    private final Optional<Picture> logo;
    private final TextLayout layout;
    /** The styles whose faces {@link #undrawable} asks: body text, its italic, and headings. */
    private final List<TextStyle> checkedStyles;

    /**
     * Reads the theme's print settings and fonts and the site's logo.
     *
     * @param staticRoots the static folders, lowest priority first (built-in, theme, site), as the site build has them
     * @throws InvalidInputException when the print settings, a font they name or the logo cannot be used
     */
    public PacketPdf(TemplateEngine templates, List<Path> staticRoots, SiteConfig config) {
        this.templates = templates;
        List<Path> winnersFirst = new ArrayList<>(staticRoots);
        Collections.reverse(winnersFirst);
        PrintResources statics = new PrintResources(winnersFirst);
        Diagnostics problems = new Diagnostics();
        this.theme = PrintTheme.load(templates.resolver(), statics, problems);
        this.logo = logo(config, statics, problems);
        problems.throwIfErrors();
        List<FontFamily> fallback = new ArrayList<>();
        fallback.add(theme.text());
        fallback.addAll(BuiltInFonts.fallback());
        this.layout = new TextLayout(fallback);
        this.checkedStyles = List.of(
                new TextStyle(theme.text(), false, false, 10, java.awt.Color.BLACK, 1.2f),
                new TextStyle(theme.text(), false, true, 10, java.awt.Color.BLACK, 1.2f),
                new TextStyle(theme.text(), true, false, 10, java.awt.Color.BLACK, 1.2f),
                new TextStyle(theme.headings(), true, false, 10, java.awt.Color.BLACK, 1.2f));
    }

    /**
     * The characters of {@code text} that no font of the packet can draw (the theme's text and
     * heading fonts, in every weight and style the packet uses, then the built-in fallbacks), as
     * code points in the order they first appear. The packet prints each as its code point in
     * brackets, such as {@code [U+1F9FF]}.
     */
    public List<Integer> undrawable(String text) {
        List<Integer> missing = new ArrayList<>();
        for (TextStyle style : checkedStyles) {
            for (int cp : layout.undrawable(text, style)) {
                if (!missing.contains(cp)) {
                    missing.add(cp);
                }
            }
        }
        return missing;
    }

    private static Optional<Picture> logo(SiteConfig config, PrintResources statics, Diagnostics problems) {
        if (config.logo().isEmpty()) {
            return Optional.empty();
        }
        String name = config.logo().get();
        Optional<Path> file = statics.find(name);
        if (file.isEmpty()) {
            // The site build reports a logo that is missing.
            return Optional.empty();
        }
        try {
            Picture picture = Pictures.read(name, Files.readAllBytes(file.get()));
            // Never a wrong picture: the site's load warned of it ({@link #checkLogo}), the cover shows the name.
            return picture.unsupported().isEmpty() ? Optional.of(picture) : Optional.empty();
        } catch (IOException e) {
            problems.error(config.source(), "cannot read the logo '" + name + "': " + e.getMessage());
        } catch (Pictures.PictureException e) {
            problems.error(config.source(), "the logo " + e.getMessage() + "; the PDF packets need one of these");
        }
        return Optional.empty();
    }

    /**
     * Warns, at the {@code logo:} value of site.yaml, of an SVG logo that uses what the packets cannot
     * draw (a mask, a clip path, a gradient, text in its own font...): the packets then show the
     * organization's name in its place. A logo that is missing or unreadable is reported elsewhere.
     *
     * @param staticRoots the static folders, lowest priority first, as for {@link #PacketPdf}
     */
    public static void checkLogo(SiteConfig config, List<Path> staticRoots, Diagnostics problems) {
        Optional<String> name = config.logo();
        if (name.isEmpty() || !name.get().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            return;
        }
        List<Path> winnersFirst = new ArrayList<>(staticRoots);
        Collections.reverse(winnersFirst);
        Optional<Path> file = new PrintResources(winnersFirst).find(name.get());
        if (file.isEmpty()) {
            return;
        }
        List<String> unsupported;
        try {
            unsupported = Pictures.read(name.get(), Files.readAllBytes(file.get())).unsupported();
        } catch (IOException | Pictures.PictureException e) {
            return; // the packets report it as an error
        }
        if (!unsupported.isEmpty()) {
            String file1 = name.get().substring(name.get().lastIndexOf('/') + 1);
            problems.warning(config.logoSource(), "the logo uses " + String.join(", ", unsupported.stream()
                    .map(u -> u.replace("(line ", "(" + file1 + " line ")).toList())
                    + ", which the PDF packets cannot draw; the packets show the organization's name instead");
        }
    }

    /** Reports a missing or broken template of the packet's HTML page. */
    public static void check(TemplateEngine templates, Diagnostics problems) {
        templates.check(List.of(TEMPLATE), problems);
    }

    /** The theme's print settings in use. */
    public PrintTheme theme() {
        return theme;
    }

    /** The packet as PDF. */
    public byte[] render(PacketView packet, PdfDocumentInfo info) {
        PacketDocument document = new PacketDocument(packet, theme, layout, logo);
        var geometry = PacketDocument.geometry(packet.paper());
        return PdfBook.write(document.pages(), geometry.width(), geometry.height(), info);
    }

    /**
     * The packet as one HTML page ({@value #TEMPLATE}, the timeline as SVG), to read in a browser.
     *
     * @throws InvalidInputException when the theme's template fails
     */
    public String html(PacketView packet) {
        Map<String, Object> model = new TreeMap<>();
        model.put("packet", TemplateModels.of(packet));
        packet.timeline().ifPresent(t -> model.put("timeline",
                TemplateModels.of(GuidePages.timeline(templates, t, packet.brand()))));
        return templates.render(TEMPLATE, model);
    }

    /** The document information of a packet: its title, the student as author, the contacts as subject. */
    public static PdfDocumentInfo info(PacketView packet, java.time.Instant date) {
        String contacts = String.join(", ", packet.contacts().stream().map(PacketView.ContactView::name).toList());
        return new PdfDocumentInfo(packet.title(), packet.student().name(),
                "Preparation for informational interviews" + (contacts.isEmpty() ? "" : " with " + contacts),
                "informational interview, coffee chat, " + packet.brand().organization(), packet.lang(), date);
    }
}
