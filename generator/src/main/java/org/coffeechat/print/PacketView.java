package org.coffeechat.print;

import java.util.List;
import java.util.Optional;
import org.coffeechat.view.personal.ContactView.AfterView;
import org.coffeechat.view.personal.ContactView.DraftView;
import org.coffeechat.view.personal.ContactView.EtiquetteGroup;
import org.coffeechat.view.personal.ContactView.QuestionView;
import org.coffeechat.view.personal.ContactView.ResearchGroup;
import org.coffeechat.view.personal.PersonalGuide.Brand;
import org.coffeechat.view.personal.PersonalGuide.Count;
import org.coffeechat.view.personal.TimelineView;

/**
 * One student's packet, every value ready to print: what the PDF is drawn from, and what
 * {@code print/packet.ftlh} (the packet as one HTML page) sees.
 *
 * @param brand      the career center's branding, the personal guide's: the same as its website's
 * @param paper      {@code letter} or {@code a4}
 * @param pageHeightMm the paper's height, for boxes that must fill exactly one page
 * @param preparedOn the day the plan was made for, written out ("Monday 2 March 2026")
 * @param timeline   the campaign timeline, laid out in pixels: drawn as vectors in the PDF, as SVG in the HTML
 */
public record PacketView(String title, String lang, String paper, int pageHeightMm, Brand brand, StudentView student,
                         String preparedOn, List<String> introduction, int introductionSeconds, List<Count> counts,
                         Optional<TimelineView> timeline, List<ContactView> contacts) {
    public PacketView {
        introduction = List.copyOf(introduction);
        counts = List.copyOf(counts);
        contacts = List.copyOf(contacts);
    }

    public record StudentView(String name, Optional<String> pronouns, String email, String school, String programme,
                              String degree, int graduationYear, String status) {
    }

    /**
     * Everything for one contact. The research, questions, etiquette, drafts and after-meeting notes
     * are the personal guide's own ({@link org.coffeechat.view.personal.ContactView}), shared, not built again.
     *
     * @param mode       how the meeting happens ("video call"), which picks the etiquette
     * @param meeting    when and where, once agreed ("Tuesday 3 March 2026, 10:00, Blue Door Café")
     * @param nameClass  {@code name-long} or {@code name-very-long} so the prep sheet can set a long name smaller
     * @param priority   {@code high}, {@code medium} or {@code low}
     * @param outreach   the next message to send that is not the thank-you
     */
    public record ContactView(String id, String name, String nameClass, String organisation, String role,
                              String industry, String mode, String status, String priority,
                              Optional<String> meeting, String howFound, Optional<String> referredBy,
                              List<ResearchGroup> research, List<String> introduction, int introductionSeconds,
                              List<QuestionView> questions, List<EtiquetteGroup> etiquette, Optional<DraftView> outreach,
                              Optional<DraftView> thankYou, AfterView after, List<StepView> steps) {
        public ContactView {
            research = List.copyOf(research);
            introduction = List.copyOf(introduction);
            questions = List.copyOf(questions);
            etiquette = List.copyOf(etiquette);
            steps = List.copyOf(steps);
        }
    }

    /** A step of the plan: "Follow up if there is no reply", "Friday 13 March 2026", overdue. */
    public record StepView(String title, String date, String state, String detail) {
    }
}
