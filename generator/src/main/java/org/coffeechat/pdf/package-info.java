/**
 * PDF drawing on OpenPDF: fonts shipped in the jar or a theme (never the machine's) with a
 * per-character fallback ({@link org.coffeechat.pdf.TextLayout}), a flow that pours paragraphs,
 * rows and boxes down pages ({@link org.coffeechat.pdf.Flow}) into display lists
 * ({@link org.coffeechat.pdf.Canvas}), and {@link org.coffeechat.pdf.PdfBook}, which writes them
 * as one PDF with its outline and metadata, byte-identical for the same inputs.
 */
package org.coffeechat.pdf;
