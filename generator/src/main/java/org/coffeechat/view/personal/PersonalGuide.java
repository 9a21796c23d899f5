package org.coffeechat.view.personal;

import java.util.List;
import java.util.Optional;

/**
 * One student's personal guide, every value ready to show. Built once, rendered to HTML (the
 * personal guide's pages) and to PDF (the packet).
 *
 * @param preparedOn   the day the plan was made for, written out ("Tuesday 10 February 2026")
 * @param todayIso     the same day as {@code 2026-02-10}
 * @param introduction the student's self-introduction, sentence by sentence
 * @param counts       the campaign in numbers: contacts, contacted, replied, met, referrals, overdue
 * @param agenda       every open dated step of every contact, earliest first
 * @param settings     the settings the plan follows and where each came from
 * @param notes        warnings about the plan (a draft over its limit), for the student
 */
public record PersonalGuide(String title, String lang, Brand brand, StudentView student, String preparedOn,
                            String todayIso, List<String> introduction, int introductionSeconds, List<Count> counts,
                            TimelineView timeline, List<ContactView> contacts, List<AgendaItem> agenda,
                            List<SettingView> settings, List<String> notes, Optional<String> guideUrl) {
    public PersonalGuide {
        introduction = List.copyOf(introduction);
        counts = List.copyOf(counts);
        contacts = List.copyOf(contacts);
        agenda = List.copyOf(agenda);
        settings = List.copyOf(settings);
        notes = List.copyOf(notes);
    }

    /** The career centre's branding, the same as its website's. */
    public record Brand(String siteTitle, String organization, Optional<String> logo, String primaryColor,
                        String accentColor) {
    }

    /**
     * @param nameLang the name's language when its script tells ({@code ar}); {@code schoolLang} likewise
     * @param status where the student is in their search, in words ("Exploring careers") */
    public record StudentView(String name, Optional<String> nameLang, String firstName, Optional<String> pronouns, String email,
                              Optional<String> phone, Optional<String> linkedin, String school, Optional<String> schoolLang, String programme,
                              String degree, int graduationYear, String status) {
    }

    /** A number of the campaign ("3 contacted"); {@code id} names it for styling. */
    public record Count(String id, String label, int value) {
    }

    /** An open step on the overview's agenda. */
    public record AgendaItem(String dateIso, String date, String state, String stateLabel, String contact,
                             Optional<String> contactLang,                             String contactId, String contactUrl, String title, String detail) {
    }

    /** A setting the plan follows: {@code source} is "your profile" or "your career centre". */
    public record SettingView(String id, String label, String value, String source, boolean fromProfile) {
    }
}
