package org.coffeechat.model.profile;

import java.util.List;
import java.util.Optional;
import org.coffeechat.model.Sensitivity;

/** The settings a student changed from their career center's defaults; empty means "the center's default". */
public record SettingsOverrides(Optional<Integer> followUpAfterDays, Optional<Integer> thankYouWithinHours,
                                Optional<Integer> checkInMonths, Optional<Integer> meetingMinutes,
                                Optional<String> resume, Optional<String> researchFirst,
                                Optional<List<Sensitivity>> sensitiveQuestions) {

    public static SettingsOverrides none() {
        return new SettingsOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
