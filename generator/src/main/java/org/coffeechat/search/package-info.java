/**
 * The site search: {@link org.coffeechat.search.SearchIndex} turns the public content into a
 * static index script, written beside Lunr (from its WebJar) at every build; the theme's
 * {@code search.js} builds the Lunr index in the browser and shows results as the reader types.
 * No server and no external service, so it works from {@code file://} and under any sub-path.
 */
package org.coffeechat.search;
