/**
 * The live preview ({@code coffeechat serve}): {@link org.coffeechat.serve.Preview} keeps an
 * {@link org.coffeechat.build.IncrementalBuild} of the site in memory, watches its folders, and
 * serves it on the loopback address with the JDK's HTTP server. Each HTML page it serves gets a
 * small script (never the built files) that listens to server-sent events: it reloads the page when
 * a save changed it and shows the files' problems over the page while they do not build. With a
 * profile, {@link org.coffeechat.serve.PersonalPreview} serves the student's personal guide beside
 * the site, never among its files.
 */
package org.coffeechat.serve;
