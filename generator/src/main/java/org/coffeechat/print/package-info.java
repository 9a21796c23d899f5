/**
 * Printable packets: the view a packet is drawn from ({@link org.coffeechat.print.PacketView}),
 * made from a student's plan, the theme's print settings ({@link org.coffeechat.print.PrintTheme}),
 * and {@link org.coffeechat.print.PacketPdf}, which draws the packet (cover, overview and timeline,
 * per contact a one-page prep sheet and the full preparation) with {@link org.coffeechat.pdf}.
 */
package org.coffeechat.print;
