/**
 * The build, phase by phase: {@link org.coffeechat.build.GuideBuilder#load} reads the site
 * config, the content and the theme and checks them all; {@link org.coffeechat.build.GuideBuilder#render}
 * turns the result into files through an {@link org.coffeechat.output.Output}. The CLI and the
 * Maven plugin call only this package.
 */
package org.coffeechat.build;
