/**
 * The site config ({@code site.yaml}): title, organisation, base URL, theme, branding,
 * navigation, locale and the guidance settings that differ between career centers. Loaded
 * strictly; a site without a {@code site.yaml} gets the built-in defaults.
 */
package org.coffeechat.config;
