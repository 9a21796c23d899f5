/**
 * A student's profile: who they are, the people they want to talk to and how far each
 * conversation has gone, and the settings they changed from their career center's defaults.
 * Small immutable records, each with the place in the profile file it came from; nothing here
 * reads files.
 */
package org.coffeechat.model.profile;
