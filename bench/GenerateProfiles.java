import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes N synthetic student profiles with three contacts each, for bench/packets.sh.
 * Deterministic (fixed seed); names mix Latin with accents, Greek, Cyrillic and CJK.
 *
 *   java bench/GenerateProfiles.java N DIR
 */
public final class GenerateProfiles {

    static final List<String> FIRST = List.of("Zoë", "Łukasz", "Дарья", "小明", "Ελένη", "Tomás", "Priya", "Nora",
            "Amal", "Kwame", "Ingrid", "Mateo", "Aiko", "Siobhán", "Jürgen", "Olúwaseun");
    static final List<String> LAST = List.of("Ñúñez", "Nowak", "Иванова", "王", "Παπαδοπούλου", "Okafor", "Raman",
            "O'Brien", "Haddad", "Mensah", "Søndergaard", "Castillo", "Tanaka", "Ní Bhriain", "Groß", "Adébáyọ̀");
    static final List<String[]> ORGS = List.of(
            new String[] {"Solaris Grid", "Grid Integration Engineer", "renewable energy"},
            new String[] {"Verdant Advisory", "Sustainability Consultant", "consulting"},
            new String[] {"Ministry of the Environment", "Senior Policy Analyst", "public sector"},
            new String[] {"Kestrel Analytics", "Data Scientist, Energy Forecasting", "technology"},
            new String[] {"Northwind Wind Co-op", "Project Developer", "non-profit"},
            new String[] {"St. Brigid's Health Network", "Sustainability Lead", "healthcare"});
    static final List<String> STATUS = List.of("identified", "requested", "scheduled", "met", "thanked");

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        Random random = new Random(20260301L);
        for (int i = 0; i < n; i++) {
            String student = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            StringBuilder y = new StringBuilder();
            y.append("student:\n")
                    .append("  name: \"").append(student).append("\"\n")
                    .append("  email: student").append(i).append("@lakeshore.example.edu\n")
                    .append("  linkedinAccount: basic\n")
                    .append("  school: Lakeshore College\n")
                    .append("  programme: Environmental Science\n")
                    .append("  degree: BSc\n")
                    .append("  graduationYear: ").append(2026 + random.nextInt(3)).append('\n')
                    .append("  status: exploring\n")
                    .append("  introduction:\n")
                    .append("    education: I am in my third year, with a minor in data analysis.\n")
                    .append("    involvements:\n      - lead the campus energy-audit club\n")
                    .append("    interests:\n      - renewable energy\n      - climate policy\n")
                    .append("  targetIndustries: [renewable energy]\n")
                    .append("  targetRoles: [energy analyst]\n")
                    .append("  meetingModes: [video, in-person, phone]\n")
                    .append("  timeZone: America/Toronto\n")
                    .append("contacts:\n");
            for (int c = 0; c < 3; c++) {
                String[] org = ORGS.get(random.nextInt(ORGS.size()));
                String status = STATUS.get(random.nextInt(STATUS.size()));
                String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
                y.append("  - id: contact-").append(c + 1).append('\n')
                        .append("    name: \"").append(name).append("\"\n")
                        .append("    organisation: \"").append(org[0]).append("\"\n")
                        .append("    role: \"").append(org[1]).append("\"\n")
                        .append("    industry: ").append(org[2]).append('\n')
                        .append("    howFound: alumni-network\n")
                        .append("    channel: email\n")
                        .append("    email: contact").append(i).append('-').append(c).append("@example.com\n")
                        .append("    meetingMode: ").append(List.of("video", "in-person", "phone").get(c)).append('\n')
                        .append("    status: ").append(status).append('\n')
                        .append("    priority: high\n");
                if (!status.equals("identified")) {
                    y.append("    dates:\n      requestSent: 2026-01-0").append(1 + c).append('\n');
                    if (!status.equals("requested")) {
                        y.append("      meeting: 2026-02-1").append(c).append('\n');
                    }
                }
            }
            Files.writeString(dir.resolve(String.format("student-%05d.yaml", i)), y.toString(), StandardCharsets.UTF_8);
        }
    }
}
