/**
 * Markdown to HTML: guidance settings are filled in, raw HTML is escaped, links to other content
 * are resolved to relative site URLs and kept (with their source lines) for the link check.
 * {@code FastMarkdown} renders the plain Markdown most pages use, byte for byte as flexmark
 * would; flexmark (parser and renderer built once, shared by all threads) renders the rest.
 */
package org.coffeechat.markdown;
