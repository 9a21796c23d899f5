/**
 * Link checking of the rendered site. {@link org.coffeechat.links.SiteLinks} checks every
 * {@code href} and {@code src} of every rendered page against the files the build wrote (so a
 * template's broken link is found too, at the template line); content links were already checked
 * at their own lines by {@link org.coffeechat.validate.ContentValidator}.
 * {@link org.coffeechat.links.ExternalLinks} lists external addresses, and
 * {@link org.coffeechat.links.ExternalLinkChecker} checks them only when the user asks.
 */
package org.coffeechat.links;
