package org.coffeechat.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables an outreach template may use, each filled from the student's profile, with an
 * example value. Content that uses any other name fails validation.
 */
public final class TemplateVariables {

    /** A variable reference in template text: {@code {contact.firstName}}. */
    public static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

    private static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("student.name", "Zoë Ñúñez");
        EXAMPLES.put("student.firstName", "Zoë");
        EXAMPLES.put("student.email", "zoe.nunez@northfield.example.edu");
        EXAMPLES.put("student.phone", "613-555-0142");
        EXAMPLES.put("student.school", "Northfield University");
        EXAMPLES.put("student.programme", "Environmental Science");
        EXAMPLES.put("student.degree", "BSc");
        EXAMPLES.put("student.graduationYear", "2027");
        EXAMPLES.put("student.status", "exploring careers in renewable energy");
        EXAMPLES.put("student.interest", "renewable energy");
        EXAMPLES.put("student.introduction", "I am a third-year Environmental Science student. I lead the campus "
                + "energy-audit club and spent last summer mapping rooftop solar potential for the city.");
        EXAMPLES.put("contact.name", "Priya Raman");
        EXAMPLES.put("contact.firstName", "Priya");
        EXAMPLES.put("contact.organisation", "Solaris Grid");
        EXAMPLES.put("contact.role", "Grid Integration Engineer");
        EXAMPLES.put("contact.industry", "renewable energy");
        EXAMPLES.put("contact.howFound", "through the Northfield alumni network");
        EXAMPLES.put("contact.referrer", "Dr. Amal Haddad");
        EXAMPLES.put("meeting.minutes", "30");
        EXAMPLES.put("meeting.options", "a phone call, a video call or a coffee near your office");
        EXAMPLES.put("meeting.date", "Tuesday 3 March");
        EXAMPLES.put("meeting.time", "10:00");
        EXAMPLES.put("meeting.place", "Blue Door Café, 12 King Street");
        EXAMPLES.put("meeting.mode", "video call");
        EXAMPLES.put("followUp.date", "Friday 13 March");
        EXAMPLES.put("learned", "how grid operators decide where new solar farms can connect");
        EXAMPLES.put("referral.name", "Tomás Okafor");
        EXAMPLES.put("update", "I have started a course in power systems analysis");
    }

    private TemplateVariables() {
    }

    public static Set<String> names() {
        return EXAMPLES.keySet();
    }

    public static boolean isKnown(String name) {
        return EXAMPLES.containsKey(name);
    }

    /** Example values for every variable, in the documented order. */
    public static Map<String, String> examples() {
        return java.util.Collections.unmodifiableMap(EXAMPLES);
    }

    /** Replaces every known {@code {variable}} in {@code text} with its value from {@code values}. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
