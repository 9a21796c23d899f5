package org.coffeechat.build;

import java.util.List;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.model.profile.Profile;
import org.coffeechat.personalize.PersonalPlan;

/**
 * A profile that loaded and passed every check, with its plan: ready to render.
 *
 * @param profilePath how the profile file is named in messages
 * @param warnings    problems that did not stop the build (the site's and the profile's)
 */
public record LoadedPacket(LoadedSite site, String profilePath, Profile profile, PersonalPlan plan,
                           List<Diagnostic> warnings) {
    public LoadedPacket {
        warnings = List.copyOf(warnings);
    }
}
