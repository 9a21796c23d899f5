package org.coffeechat.personalize;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.ContactStatus;

/**
 * The campaign in numbers.
 *
 * @param contacted contacts the student has written to (any status after identified)
 * @param replied   contacts who answered (a meeting was agreed)
 * @param met       contacts the student has met
 * @param referrals names the contacts passed on
 * @param overdue   open steps whose date has passed
 */
public record CampaignCounts(int contacts, int contacted, int replied, int met, int referrals, int overdue,
                             Map<ContactStatus, Integer> byStatus) {
    public CampaignCounts {
        byStatus = Map.copyOf(byStatus);
    }

    static CampaignCounts of(List<ContactPlan> plans, LocalDate today) {
        Map<ContactStatus, Integer> by = new EnumMap<>(ContactStatus.class);
        int contacted = 0;
        int replied = 0;
        int met = 0;
        int referrals = 0;
        int overdue = 0;
        for (ContactPlan plan : plans) {
            Contact c = plan.contact();
            by.merge(c.status(), 1, Integer::sum);
            if (c.status() != ContactStatus.IDENTIFIED) {
                contacted++;
            }
            boolean meetingAgreed = c.dates().meeting().isPresent()
                    || (c.status().atLeast(ContactStatus.SCHEDULED) && c.status() != ContactStatus.CLOSED);
            if (meetingAgreed) {
                replied++;
            }
            if (c.status().hasMet() || (c.status() == ContactStatus.CLOSED
                    && c.dates().meeting().filter(m -> !m.isAfter(today)).isPresent())) {
                met++;
            }
            referrals += c.after().referrals().size();
            overdue += (int) plan.steps().stream().filter(s -> s.state() == StepState.OVERDUE).count();
        }
        return new CampaignCounts(plans.size(), contacted, replied, met, referrals, overdue, by);
    }
}
