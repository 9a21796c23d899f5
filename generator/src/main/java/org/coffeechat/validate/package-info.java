/**
 * Checks that need the whole loaded content: unique ids, questions in known categories,
 * placeholders and template variables that exist, internal links and anchors that lead
 * somewhere, navigation entries, and outreach templates that fit their length limits.
 */
package org.coffeechat.validate;
