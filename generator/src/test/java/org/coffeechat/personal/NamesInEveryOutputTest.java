package org.coffeechat.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** Names with accents and in other scripts come out of every output as they went in. */
class NamesInEveryOutputTest {

    static final List<String> NAMES = List.of("Zoë Ñúñez", "Łukasz Nowak", "Дарья Иванова", "王小明", "Tomás Okafor");

    static SortedMap<String, byte[]> files;

    @BeforeAll
    static void build() {
        files = ExampleGuide.files();
    }

    static String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void inTheHtmlPages() {
        String overview = Jsoup.parse(text("index.html")).text();
        assertThat(overview).contains("Zoë Ñúñez", "Łukasz Nowak", "Дарья Иванова", "王小明", "Tomás Okafor");
        assertThat(Jsoup.parse(text("contacts/contact-acf979cc.html")).selectFirst("h1").text()).isEqualTo("王小明");
        assertThat(Jsoup.parse(text("contacts/lukasz-nowak.html")).selectFirst("h1").text()).isEqualTo("Łukasz Nowak");
    }

    @Test
    void inTheTimelinePicture() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(files.get("timeline.svg")));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            all.add(texts.item(i).getTextContent());
        }
        assertThat(all).contains("Łukasz Nowak", "Дарья Иванова", "王小明", "Tomás Okafor");
    }

    @Test
    void inTheCsvAndTheWorkbook() throws IOException {
        assertThat(text("tracker.csv")).contains("Łukasz Nowak", "Дарья Иванова", "王小明", "Tomás Okafor");
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(files.get("tracker.xlsx")))) {
            for (Row row : wb.getSheet("Contacts")) {
                names.add(row.getCell(0).getStringCellValue());
            }
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Coffee chat tracker: Zoë Ñúñez");
        }
        assertThat(names).contains("Łukasz Nowak", "Дарья Иванова", "王小明", "Tomás Okafor");
    }

    @Test
    void inTheCalendar() throws IOException, ParserException {
        Calendar c = new CalendarBuilder().build(new ByteArrayInputStream(files.get("calendar.ics")));
        List<String> summaries = c.<VEvent>getComponents("VEVENT").stream().map(e -> e.getSummary().getValue()).toList();
        assertThat(String.join("\n", summaries)).contains("Łukasz Nowak", "Дарья Иванова", "王小明", "Tomás Okafor");
        assertThat(c.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Coffee chats: Zoë Ñúñez");
    }

    @Test
    void inTheDraftsAndTheirMailtoLinks() {
        var page = Jsoup.parse(text("contacts/darya-ivanova.html"));
        assertThat(page.selectFirst("#draft-confirmation-email .message").text()).startsWith("Dear Дарья Иванова,")
                .contains("Zoë Ñúñez");
        String mailto = page.selectFirst("#draft-confirmation-email a.mailto").attr("href");
        assertThat(java.net.URLDecoder.decode(mailto.replace("+", "%2B"), StandardCharsets.UTF_8))
                .contains("Dear Дарья Иванова,", "Zoë Ñúñez");
    }
}
