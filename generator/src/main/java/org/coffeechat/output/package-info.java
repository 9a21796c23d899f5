/**
 * The one place that writes output. A build writes into a fresh staging folder beside the
 * target and swaps it in only when everything succeeded, so a failed or killed build leaves the
 * previous output intact. Tests and the preview server write to memory through the same interface.
 */
package org.coffeechat.output;
