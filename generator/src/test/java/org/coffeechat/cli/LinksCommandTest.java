package org.coffeechat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LinksCommandTest {

    private static final String MINIMAL = "src/test/resources/sites/minimal";
    private static final String BROKEN = "src/test/resources/sites/invalid/broken-template-links";

    @Test
    void listsEachExternalLinkWithThePlacesItIsWritten() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "links", "--content", MINIMAL + "/content", "--site", "src/test/resources/sites/external-links/site");

        assertEquals("", err.toString());
        assertEquals(String.join(System.lineSeparator(),
                "https://careers.example.edu/appointments",
                "    src/test/resources/sites/external-links/site/site.yaml:5:5",
                "mailto:careers@example.edu",
                "    src/test/resources/sites/external-links/site/site.yaml:7:5",
                "2 external links (not checked: 'coffeechat links' lists them, --check-external checks them).", ""),
                out.toString());
        assertEquals(Main.OK, code);
    }

    @Test
    void brokenInternalLinksMakeItExitWithTwo() {
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "links", "--content", MINIMAL + "/content", "--site", BROKEN + "/site");

        assertEquals(Main.INVALID, code);
        assertEquals("6 errors; nothing was written.", err.toString().lines().reduce((a, b) -> b).orElseThrow());
    }
}
