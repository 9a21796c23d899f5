/**
 * The {@code coffeechat} command line (picocli). Each command parses its options, calls the
 * {@link org.coffeechat.build} library once and maps the outcome to an exit code: 0 success,
 * 2 invalid input or usage, 1 an internal failure.
 */
package org.coffeechat.cli;
