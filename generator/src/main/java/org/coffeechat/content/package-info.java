/**
 * Loading a content folder (or the built-in content) into the {@link org.coffeechat.model}
 * records: Markdown pages with front matter, the question bank, outreach templates, etiquette,
 * the FAQ and the guidance policy texts. Every element keeps its source location; every problem
 * is collected, never thrown one at a time.
 */
package org.coffeechat.content;
