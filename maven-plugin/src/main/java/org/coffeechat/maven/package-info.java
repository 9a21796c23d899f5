/**
 * The coffeechat Maven plugin: goals {@code generate}, {@code validate}, {@code packets} and
 * {@code help}. Each goal maps its parameters to a request, makes one call into the generator
 * library ({@link org.coffeechat.build}) and turns the outcome into log lines or a build failure.
 * No generation logic lives here.
 */
package org.coffeechat.maven;
