/**
 * Problems found in a user's files: a {@link org.coffeechat.diag.Diagnostic} is a source
 * location and a message, printed as {@code path:line:col: message}. Every phase collects its
 * problems in {@link org.coffeechat.diag.Diagnostics} and fails once with the whole list.
 */
package org.coffeechat.diag;
