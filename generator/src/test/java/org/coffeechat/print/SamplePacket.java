package org.coffeechat.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffeechat.print.PacketView.ContactView;
import org.coffeechat.print.PacketView.StepView;
import org.coffeechat.print.PacketView.StudentView;
import org.coffeechat.view.personal.ContactView.AfterView;
import org.coffeechat.view.personal.ContactView.DraftView;
import org.coffeechat.view.personal.ContactView.EtiquetteGroup;
import org.coffeechat.view.personal.ContactView.EtiquetteRule;
import org.coffeechat.view.personal.ContactView.Part;
import org.coffeechat.view.personal.ContactView.QuestionView;
import org.coffeechat.view.personal.ContactView.ReferralView;
import org.coffeechat.view.personal.ContactView.ResearchGroup;
import org.coffeechat.view.personal.ContactView.ResearchItemView;
import org.coffeechat.view.personal.PersonalGuide.Brand;
import org.coffeechat.view.personal.PersonalGuide.Count;
import org.coffeechat.view.personal.TimelineView;

/** A packet view made by hand, for tests of the print templates that do not need a profile. */
final class SamplePacket {

    private SamplePacket() {
    }

    static PacketView of(String paper, List<String> contactNames) {
        List<ContactView> contacts = new ArrayList<>();
        for (int i = 0; i < contactNames.size(); i++) {
            contacts.add(contact(contactNames.get(i), i));
        }
        return new PacketView("Coffee chat packet: Zoë Ñúñez", "en-CA", paper, paper.equals("a4") ? 297 : 279,
                new Brand("Coffee chats", "Lakeshore College Career Centre", Optional.of("img/logo.svg"), "#0b5563",
                        "#8a3b12"),
                new StudentView("Zoë Ñúñez", Optional.of("she/her"), "zoe@example.edu", "Lakeshore College",
                        "Environmental Science", "BSc", 2027, "Exploring careers in renewable energy"),
                "Monday 2 March 2026",
                List.of("Hello, I'm Zoë Ñúñez (she/her).", "I'm studying Environmental Science at Lakeshore College.",
                        "At the moment I'm exploring careers in renewable energy."), 20,
                List.of(new Count("contacts", "contacts", contacts.size()), new Count("contacted", "contacted", 2),
                        new Count("replied", "replied", 1), new Count("met", "met", 1),
                        new Count("referrals", "referrals", 2), new Count("overdue", "overdue", 1)),
                Optional.of(timeline(contacts)),
                contacts);
    }

    /** Two lanes with a step each, today marked: the picture the overview draws. */
    private static TimelineView timeline(List<ContactView> contacts) {
        List<TimelineView.Lane> lanes = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            int y = 130 + 34 * i;
            lanes.add(new TimelineView.Lane(contacts.get(i).name(), "Scheduled", "scheduled", "#" + contacts.get(i).id(),
                    y, y - 17, 34, i % 2 == 1, 200, 420, true,
                    List.of(new TimelineView.Marker(200, y, "request", "done", "", "Request · done"),
                            new TimelineView.Marker(420, y, "meet", "upcoming", "", "Meet · upcoming"))));
        }
        int bottom = 113 + 34 * contacts.size();
        return new TimelineView(640, bottom + 40, "Your campaign", "Requests and meetings", 160, 620, 100, 113, bottom,
                300, "today", List.of(new TimelineView.Tick(160, "Feb"), new TimelineView.Tick(400, "Mar")), lanes,
                List.of(new TimelineView.Stat("contacts", "contacts", contacts.size(), 0, 120)),
                List.of(new TimelineView.Legend(160, bottom + 20, "meet", "upcoming", "meeting")), bottom + 20);
    }

    private static ContactView contact(String name, int i) {
        List<QuestionView> questions = new ArrayList<>();
        String[] texts = {"How did you first get into renewable energy?", "What does a typical week look like for you?",
            "Which skills matter most in your role?", "What do you wish you had known at my stage?",
            "How is the industry changing?", "What would you read or follow to keep up?",
            "Which professional associations are worth joining?", "Who else would you suggest I talk to?"};
        for (int q = 0; q < texts.length; q++) {
            questions.add(new QuestionView(q + 1, "question-" + q, texts[q], q < 4 ? "Career path" : "Industry",
                    "Chosen because you are exploring careers and " + name + " works in renewable energy.",
                    "It opens the conversation.", q == 5, false));
        }
        return new ContactView("contact-" + i, name, name.length() > 60 ? "name-very-long" : name.length() > 28 ? "name-long" : "",
                "Solaris Grid", "Grid Integration Engineer", "renewable energy", "video call", "Scheduled", "high",
                Optional.of("Tuesday 3 March 2026, 10:00"), "through the Lakeshore alumni network",
                Optional.of("Dr. Amal Haddad"),
                List.of(new ResearchGroup("The person", List.of(new ResearchItemView("Read " + name + "'s LinkedIn profile.",
                                Optional.of("https://www.linkedin.com/in/example")))),
                        new ResearchGroup("The organisation", List.of(new ResearchItemView(
                                "Find Solaris Grid's latest projects.", Optional.empty())))),
                List.of("Hello, I'm Zoë Ñúñez.", "That is why I was keen to hear about your work as Grid Integration "
                        + "Engineer at Solaris Grid."), 14,
                questions,
                List.of(new EtiquetteGroup("before", "Before", List.of(new EtiquetteRule("Test your camera and sound.",
                                "A working setup shows respect for their time.", "must"))),
                        new EtiquetteGroup("during", "During", List.of(new EtiquetteRule("Keep to the time you asked for.",
                                "They planned their day around it.", "must"),
                                new EtiquetteRule("Take short notes.", "You will want the details later.", "should")))),
                Optional.of(draft("request-email", "Request by email", "request", name,
                        Optional.of("Question from a Lakeshore student"),
                        List.of("Dear " + name + ",", "I am a student at Lakeshore College exploring careers in renewable "
                                + "energy. Would you have 30 minutes for a short conversation?", "Thank you, Zoë"),
                        Optional.of("48 of 150 words"))),
                Optional.of(draft("thank-you-email", "Thank-you email", "thank-you", name, Optional.of("Thank you"),
                        List.of("Dear " + name + ",", "Thank you for your time today.", "Zoë"), Optional.empty())),
                new AfterView(Optional.of("Grid operators plan capacity years ahead."),
                        List.of(new ReferralView("Дарья Иванова", true, "You may say that " + name + " suggested you get in touch.",
                                Optional.of("storage projects"))),
                        List.of("Read the interconnection report."), Optional.empty(), Optional.empty()),
                List.of(new StepView("Send the request", "Monday 16 February 2026", "done", "Sent by email."),
                        new StepView("Meet", "Tuesday 3 March 2026", "upcoming", "Video call at 10:00."),
                        new StepView("Send your thank-you", "Wednesday 4 March 2026", "upcoming", "Within 24 hours.")));
    }

    private static DraftView draft(String id, String title, String kind, String recipient, Optional<String> subject,
                                   List<String> paragraphs, Optional<String> lengthNote) {
        return new DraftView(id, "draft-" + id, title, "", kind, "Email", recipient, Optional.empty(), subject,
                paragraphs, paragraphs.stream().map(p -> List.of(new Part(p, false))).toList(), String.join("\n\n", paragraphs),
                List.of(), true, lengthNote, false, Optional.empty());
    }
}
