package org.coffeechat.search;

/**
 * One thing the search box can find.
 *
 * @param url     where it is, relative to the site root, with an anchor for an item on a page
 *                ({@code questions/index.html#how-did-you-start})
 * @param kind    what it is, as the reader sees it ("Guide", "Question", ...)
 * @param title   the words shown as the result's link
 * @param summary a line shown under the title
 * @param text    every other word it holds, for matching only
 */
public record SearchDocument(String url, String kind, String title, String summary, String text) {
}
