/**
 * PDF output: the theme's print templates (HTML and CSS) laid out by Flying Saucer on OpenPDF,
 * with the fonts shipped in the jar (never the machine's), a fallback font for characters the
 * theme's fonts lack, SVG drawn as vectors, and byte-identical output for the same inputs.
 * {@link org.coffeechat.pdf.PdfRenderer} is the entry point.
 */
package org.coffeechat.pdf;
