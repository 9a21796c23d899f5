/**
 * Facts about text that outputs need to mark it up right: which language a name's script
 * suggests, so HTML can say {@code lang} for it. Pure functions over ICU4J; no I/O.
 */
package org.coffeechat.text;
