/**
 * Printable packets: the views a theme's print templates see ({@link org.coffeechat.print.PacketView}),
 * made from a student's plan, and {@link org.coffeechat.print.PacketPdf}, which renders
 * {@code print/packet.ftlh} through {@link org.coffeechat.pdf.PdfRenderer}.
 */
package org.coffeechat.print;
