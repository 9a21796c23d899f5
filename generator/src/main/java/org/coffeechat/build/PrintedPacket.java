package org.coffeechat.build;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coffeechat.config.PaperSize;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.print.PacketPdf;
import org.coffeechat.print.PacketView;
import org.coffeechat.print.PacketViews;

/**
 * A student's packet as PDF, from a loaded profile and its plan. {@code coffeechat packet} writes
 * it beside the personal guide; a cohort build writes one per profile. One instance serves every
 * profile of a site, from any number of threads.
 */
public final class PrintedPacket {

    /** The file name of the packet in a student's output folder. */
    public static final String FILE = "packet.pdf";

    private final PacketPdf pdf;

    /**
     * A renderer for the packets of {@code site}: its theme's print settings and fonts, its static
     * folders and branding.
     *
     * @throws org.coffeechat.diag.InvalidInputException when the print settings, a font or the logo cannot be used
     */
    public PrintedPacket(LoadedSite site) {
        this.pdf = new PacketPdf(site.templates(), site.staticRoots(), site.config());
    }

    /**
     * The characters of {@code text} that no font of the packet can draw, as code points in the
     * order they first appear (the packet prints each as {@code [U+XXXX]}).
     */
    public List<Integer> undrawable(String text) {
        return pdf.undrawable(text);
    }

    /** What the packet is drawn from for {@code packet}, on {@code paper} (the site config's when empty). */
    public PacketView view(LoadedPacket packet, Optional<PaperSize> paper) {
        SiteConfig config = packet.site().config();
        return PacketViews.of(config, packet.plan(), packet.guide(),
                paper.orElse(config.paper()));
    }

    /**
     * The packet as PDF, dated {@code date}.
     *
     * @throws org.coffeechat.diag.InvalidInputException when the theme's print template fails
     */
    public byte[] pdf(PacketView view, Instant date) {
        return pdf.render(view, PacketPdf.info(view, date));
    }

    /** The packet as one HTML page ({@code print/packet.ftlh}), to read or print in a browser. */
    public String html(PacketView view) {
        return pdf.html(view);
    }

    /** The packet of {@code packet} as PDF: {@link #view} then {@link #pdf}. */
    public byte[] pdf(LoadedPacket packet, Optional<PaperSize> paper, Instant date) {
        return pdf(view(packet, paper), date);
    }
}
