package org.coffeechat.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to make a student's personal guide from.
 *
 * @param site    the content, site config and theme, as for the guide website (its guidance gives the defaults)
 * @param profile the student's profile file
 * @param today   the day the plan is made for: steps before it are overdue, steps on it are due
 */
public record PacketRequest(BuildRequest site, Path profile, LocalDate today) {
}
