package org.coffeechat.model;

import java.util.Set;
import org.coffeechat.diag.SourceLocation;

/** A rule of etiquette. An empty {@code modes} means it applies to every meeting mode. */
public record EtiquetteItem(String id, Phase phase, String rule, String why, Firmness firmness,
                            Set<MeetingMode> modes, SourceLocation source) {
    public EtiquetteItem {
        modes = Set.copyOf(modes);
    }
}
