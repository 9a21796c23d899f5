package org.coffeechat.build;

import java.time.Instant;
import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.view.personal.PersonalGuide;

/**
 * A profile that loaded and passed every check, with its plan and the guide's views: ready to
 * render, to HTML ({@link PacketBuilder#render}) or to PDF.
 *
 * @param profilePath how the profile file is named in messages
 * @param guide       the views of the personal guide, shared by the HTML pages and the PDF packet
 * @param buildTime   the date outputs carry (calendar stamps, workbook dates): the build timestamp, never the clock
 * @param warnings    problems that did not stop the build (the site's and the profile's)
 */
public record LoadedPacket(LoadedSite site, String profilePath, Profile profile, PersonalPlan plan,
                           PersonalGuide guide, Instant buildTime, List<Diagnostic> warnings) {
    public LoadedPacket {
        warnings = List.copyOf(warnings);
    }
}
