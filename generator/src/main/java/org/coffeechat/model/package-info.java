/**
 * The content model: small immutable records for guide pages, questions, outreach templates,
 * etiquette items and FAQ entries, each with the place in the user's files it came from.
 * Nothing here reads files or renders anything.
 */
package org.coffeechat.model;
