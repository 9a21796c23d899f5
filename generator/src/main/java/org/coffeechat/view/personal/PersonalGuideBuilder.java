package org.coffeechat.view.personal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coffeechat.config.SiteConfig;
import org.coffeechat.model.Category;
import org.coffeechat.model.Content;
import org.coffeechat.model.EtiquetteItem;
import org.coffeechat.model.MeetingMode;
import org.coffeechat.model.Phase;
import org.coffeechat.model.TemplateKind;
import org.coffeechat.model.profile.Contact;
import org.coffeechat.model.profile.ContactStatus;
import org.coffeechat.model.profile.Priority;
import org.coffeechat.model.profile.Referral;
import org.coffeechat.model.profile.Student;
import org.coffeechat.personalize.CampaignCounts;
import org.coffeechat.personalize.ChosenQuestion;
import org.coffeechat.personalize.ContactPlan;
import org.coffeechat.personalize.Draft;
import org.coffeechat.personalize.PersonalPlan;
import org.coffeechat.personalize.PersonalSettings;
import org.coffeechat.personalize.Phrases;
import org.coffeechat.personalize.PlanStep;
import org.coffeechat.personalize.ResearchItem;
import org.coffeechat.personalize.StepState;
import org.coffeechat.text.Scripts;
import org.coffeechat.view.Labels;
import org.coffeechat.view.personal.ContactView.AfterView;
import org.coffeechat.view.personal.ContactView.DraftView;
import org.coffeechat.view.personal.ContactView.EtiquetteGroup;
import org.coffeechat.view.personal.ContactView.EtiquetteRule;
import org.coffeechat.view.personal.ContactView.QuestionView;
import org.coffeechat.view.personal.ContactView.ReferralView;
import org.coffeechat.view.personal.ContactView.ResearchGroup;
import org.coffeechat.view.personal.ContactView.ResearchItemView;
import org.coffeechat.view.personal.ContactView.StepView;
import org.coffeechat.view.personal.PersonalGuide.AgendaItem;
import org.coffeechat.view.personal.PersonalGuide.Brand;
import org.coffeechat.view.personal.PersonalGuide.Count;
import org.coffeechat.view.personal.PersonalGuide.SettingView;
import org.coffeechat.view.personal.PersonalGuide.StudentView;
import org.coffeechat.yaml.YamlEnum;

/** Builds the {@link PersonalGuide} of a plan. Pure: the same plan gives the same guide. */
public final class PersonalGuideBuilder {

    /** Where a contact's page is, relative to the guide's root. */
    public static String contactUrl(String id) {
        return "contacts/" + id + ".html";
    }

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private final PersonalPlan plan;
    private final Content content;
    private final SiteConfig config;

    private PersonalGuideBuilder(PersonalPlan plan, Content content, SiteConfig config) {
        this.plan = plan;
        this.content = content;
        this.config = config;
    }

    public static PersonalGuide build(PersonalPlan plan, Content content, SiteConfig config) {
        return new PersonalGuideBuilder(plan, content, config).guide();
    }

    /** A date written out in full: "Tuesday 17 February 2026". */
    public static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    private PersonalGuide guide() {
        Student s = plan.profile().student();
        List<ContactView> contacts = plan.contacts().stream().map(this::contact).toList();
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            ContactView c = contacts.get(i);
            for (PlanStep step : plan.contacts().get(i).steps()) {
                if (step.state().open() && step.date().isPresent()) {
                    agenda.add(new AgendaItem(step.date().get().toString(), longDate(step.date().get()),
                            stateId(step.state()), stateLabel(step.state()), c.name(), c.nameLang(), c.id(), c.url(), step.title(),
                            step.detail()));
                }
            }
        }
        agenda.sort(Comparator.comparing(AgendaItem::dateIso));
        Brand brand = new Brand(config.title(), config.organization(), config.logo(), config.colors().primary(),
                config.colors().accent());
        StudentView student = new StudentView(s.name(), Scripts.language(s.name()), s.firstName(),
                s.pronouns(), s.email(), s.phone(), s.linkedin(),
                s.school(), Scripts.language(s.school()), s.programme(), s.degree(), s.graduationYear(), Labels.of(s.status()));
        return new PersonalGuide("Personal prep guide: " + s.name(), config.locale(), brand, student,
                longDate(plan.today()), plan.today().toString(), plan.introduction().sentences(),
                plan.introduction().seconds(), counts(plan.counts()), Timeline.of(plan), contacts, agenda, settings(),
                plan.warnings().stream().map(d -> d.message()).toList(),
                config.baseUrl().isEmpty() ? Optional.empty() : Optional.of(config.baseUrl()));
    }

    private static List<Count> counts(CampaignCounts c) {
        return List.of(new Count("contacts", "contacts", c.contacts()), new Count("contacted", "contacted", c.contacted()),
                new Count("replied", "replied", c.replied()), new Count("met", "met", c.met()),
                new Count("referrals", c.referrals() == 1 ? "referral" : "referrals", c.referrals()),
                new Count("overdue", "overdue", c.overdue()));
    }

    private List<SettingView> settings() {
        PersonalSettings s = plan.settings();
        List<SettingView> out = new ArrayList<>();
        out.add(setting(s, "followUpAfterDays", "Follow up after no reply", s.followUpAfterDays() + " days"));
        out.add(setting(s, "thankYouWithinHours", "Send your thank-you within", s.thankYouWithinHours() + " hours"));
        out.add(setting(s, "checkInMonths", "Check in every", s.checkInMonths() + " months"));
        out.add(setting(s, "meetingMinutes", "Ask for", s.meetingMinutes() + " minutes"));
        out.add(setting(s, "resume", "Your resume", s.resume().equals("offer-for-feedback")
                ? "offer it for feedback" : "bring it, share it only if asked"));
        out.add(setting(s, "researchFirst", "Research first", s.researchFirst().equals("organisation")
                ? "the organisation" : "the person"));
        out.add(setting(s, "sensitiveQuestions", "Sensitive topics you may raise", s.sensitiveQuestions().isEmpty()
                ? "none" : Phrases.list(s.sensitiveQuestions().stream()
                        .map(t -> Labels.of(t).toLowerCase(Locale.ROOT)).toList(), "and")));
        return out;
    }

    private static SettingView setting(PersonalSettings s, String id, String label, String value) {
        boolean mine = s.fromProfile().contains(id);
        return new SettingView(id, label, value, mine ? "your profile" : "your career centre", mine);
    }

    // ---- one contact ---------------------------------------------------------------------

    private ContactView contact(ContactPlan p) {
        Contact c = p.contact();
        Student s = plan.profile().student();
        MeetingMode mode = c.meetingMode().orElse(s.meetingModes().isEmpty() ? MeetingMode.VIDEO : s.meetingModes().get(0));
        List<DraftView> drafts = new ArrayList<>();
        for (Draft d : p.drafts()) {
            drafts.add(draft(d));
        }
        Optional<DraftView> outreach = drafts.stream().filter(d -> d.recommended() && (d.kind().equals(kindId(TemplateKind.REQUEST))
                || d.kind().equals(kindId(TemplateKind.REFERRAL)) || d.kind().equals(kindId(TemplateKind.FOLLOW_UP))))
                .findFirst();
        Optional<DraftView> thankYou = drafts.stream()
                .filter(d -> d.recommended() && d.kind().equals(kindId(TemplateKind.THANK_YOU))).findFirst();
        List<StepView> steps = p.steps().stream().map(step -> step(step, drafts)).toList();
        Optional<StepView> next = p.next().map(step -> step(step, drafts));
        String name = c.name();
        return new ContactView(c.id(), contactUrl(c.id()), name,
                ContactView.nameClass(name), Scripts.language(name), c.organisation(),
                Scripts.language(c.organisation()), c.role(),
                c.industry(), Phrases.mode(mode), c.meetingMode().isPresent(),
                statusLabel(c.status()), YamlEnum.name(c.status()), priorityLabel(c.priority()), YamlEnum.name(c.priority()),
                Labels.of(c.channel()), meeting(c), Phrases.howFound(s, c), c.referredBy(),
                c.referredBy().flatMap(Scripts::language), c.email(), c.linkedin(),
                c.phone(), c.notes(), research(p.research()), p.introduction().sentences(), p.introduction().seconds(),
                questions(p.questions()), etiquette(mode), outreach, thankYou, drafts, after(c), steps, next);
    }

    private Optional<String> meeting(Contact c) {
        return c.dates().meeting().map(d -> longDate(d) + c.meetingTime().map(t -> ", " + t).orElse("")
                + c.meetingPlace().map(pl -> ", " + pl).orElse(""));
    }

    private static List<ResearchGroup> research(List<ResearchItem> items) {
        List<ResearchGroup> out = new ArrayList<>();
        for (ResearchItem item : items) {
            if (out.isEmpty() || !out.get(out.size() - 1).title().equals(item.topic().title())) {
                out.add(new ResearchGroup(item.topic().title(), new ArrayList<>()));
            }
            ResearchGroup last = out.remove(out.size() - 1);
            List<ResearchItemView> grown = new ArrayList<>(last.items());
            grown.add(new ResearchItemView(item.text(), item.link()));
            out.add(new ResearchGroup(last.title(), grown));
        }
        return out;
    }

    private List<QuestionView> questions(List<ChosenQuestion> chosen) {
        List<QuestionView> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            ChosenQuestion q = chosen.get(i);
            String category = content.categories().stream().filter(cat -> cat.id().equals(q.question().category()))
                    .map(Category::title).findFirst().orElse(q.question().category());
            out.add(new QuestionView(i + 1, q.question().id(), q.text(), category, q.explanation(), q.question().why(),
                    q.question().sensitive().isPresent(), q.pinned()));
        }
        return out;
    }

    private List<EtiquetteGroup> etiquette(MeetingMode mode) {
        List<EtiquetteGroup> out = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<EtiquetteRule> rules = content.etiquette().stream()
                    .filter(e -> e.phase() == phase && (e.modes().isEmpty() || e.modes().contains(mode)))
                    .sorted(Comparator.comparing(EtiquetteItem::firmness))
                    .map(e -> new EtiquetteRule(e.rule(), e.why(), YamlEnum.name(e.firmness()))).toList();
            if (!rules.isEmpty()) {
                out.add(new EtiquetteGroup(YamlEnum.name(phase), Labels.of(phase), rules));
            }
        }
        return out;
    }

    private static DraftView draft(Draft d) {
        List<String> paragraphs = List.of(d.body().split("\\n\\s*\\n"));
        Optional<String> lengthNote = d.length().map(l -> l.length() + " of " + l.limit() + " " + l.unit());
        List<String> stripped = paragraphs.stream().map(String::strip).toList();
        return new DraftView(d.id(), "draft-" + d.id(), d.title(), d.use(), kindId(d.kind()), Labels.of(d.channel()),
                d.recipient(), d.address(), d.subject(), stripped, stripped.stream().map(PersonalGuideBuilder::parts).toList(),
                d.plainText(), d.prompts(), d.recommended(), lengthNote,
                d.length().map(Draft.LengthCheck::over).orElse(false), d.mailto());
    }

    private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile("\\[[^\\[\\]\\n]+]");

    static List<ContactView.Part> parts(String text) {
        List<ContactView.Part> out = new ArrayList<>();
        java.util.regex.Matcher m = PROMPT.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new ContactView.Part(text.substring(last, m.start()), false));
            }
            out.add(new ContactView.Part(m.group(), true));
            last = m.end();
        }
        if (last < text.length()) {
            out.add(new ContactView.Part(text.substring(last), false));
        }
        return out;
    }

    private static String kindId(TemplateKind kind) {
        return YamlEnum.name(kind);
    }

    private AfterView after(Contact c) {
        List<ReferralView> referrals = new ArrayList<>();
        for (Referral r : c.after().referrals()) {
            referrals.add(new ReferralView(r.name(), r.mayUseName(), r.mayUseName()
                    ? "You may say that " + c.greetingName() + " suggested you get in touch."
                    : "Ask " + c.greetingName() + " before you mention their name.", r.note()));
        }
        return new AfterView(c.after().learned().map(Phrases::fullSentence), referrals,
                c.after().nextSteps().stream().map(Phrases::fullSentence).toList(),
                c.dates().thankYouSent().map(PersonalGuideBuilder::longDate), c.after().update());
    }

    private StepView step(PlanStep step, List<DraftView> drafts) {
        Optional<String> draft = step.state().open() ? step.kind().message().flatMap(kind -> drafts.stream()
                .filter(d -> d.recommended() && (d.kind().equals(kindId(kind))
                        || (kind == TemplateKind.REQUEST && d.kind().equals(kindId(TemplateKind.REFERRAL)))))
                .findFirst().map(DraftView::anchor)) : Optional.empty();
        String date = step.date().map(PersonalGuideBuilder::longDate).orElse(step.state() == StepState.UNSCHEDULED
                ? "not yet scheduled" : "date not recorded");
        return new StepView(YamlEnum.name(step.kind()), step.title() + (step.sequence() > 1 ? " again" : ""), date,
                step.date().map(LocalDate::toString), step.time().map(Object::toString), stateId(step.state()),
                stateLabel(step.state()), step.detail(), draft);
    }

    /** A step's state as an id: {@code due}. */
    public static String stateId(StepState state) {
        return YamlEnum.name(state);
    }

    /** A step's state in words: "due today". */
    public static String stateLabel(StepState state) {
        return switch (state) {
            case DONE -> "done";
            case OVERDUE -> "overdue";
            case DUE -> "due today";
            case UPCOMING -> "upcoming";
            case UNSCHEDULED -> "not yet scheduled";
        };
    }

    /** A contact's status in words. */
    public static String statusLabel(ContactStatus status) {
        return switch (status) {
            case IDENTIFIED -> "Not contacted yet";
            case REQUESTED -> "Request sent";
            case FOLLOWED_UP -> "Followed up";
            case SCHEDULED -> "Meeting scheduled";
            case MET -> "Met";
            case THANKED -> "Thanked";
            case KEEPING_IN_TOUCH -> "Keeping in touch";
            case CLOSED -> "Closed";
        };
    }

    static String priorityLabel(Priority p) {
        return switch (p) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
        };
    }
}
