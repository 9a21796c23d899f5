package org.coffeechat.model.profile;

import java.util.Optional;
import org.coffeechat.diag.SourceLocation;

/** Someone a contact suggested the student talk to, and whether the student may say who sent them. */
public record Referral(String name, boolean mayUseName, Optional<String> note, SourceLocation source) {
}
