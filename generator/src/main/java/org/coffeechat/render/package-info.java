/**
 * Rendering views with Freemarker: the template lookup order (site, theme, built-in default),
 * a locked-down configuration (HTML auto-escaping, no {@code ?new}, no {@code ?api}, no access to
 * Java objects or files), and the conversion of view records into plain template values.
 */
package org.coffeechat.render;
