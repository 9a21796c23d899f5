/**
 * Markdown to HTML with flexmark: guidance settings are filled in, raw HTML is escaped, links to
 * other content are resolved to relative site URLs and kept (with their source lines) for the
 * link check. The parser and renderer are built once and shared by all threads.
 */
package org.coffeechat.markdown;
