package org.coffeechat.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coffeechat.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks the built-site tests rely on do catch what they are meant to catch. */
class SiteChecksTest {

    @TempDir
    Path site;

    private static final String SHELL = "<!DOCTYPE html><html lang=\"en\"><head><meta name=\"viewport\" content=\"x\">"
            + "<title>T</title></head><body><a class=\"skip-link\" href=\"#main\">Skip</a><header><nav></nav></header>"
            + "<main id=\"main\">%s</main><footer></footer></body></html>";

    private SiteChecks checks(String body) {
        Fixtures.write(site, "index.html", SHELL.formatted(body));
        Fixtures.write(site, "other/page.html", SHELL.formatted("<h1>Other</h1><h2 id=\"here\">Here</h2>"));
        return new SiteChecks(site, "");
    }

    @Test
    void aCleanPagePasses() {
        SiteChecks checks = checks("<h1>T</h1><a href=\"other/page.html#here\">ok</a>");

        assertThat(checks.titlesAndHeadings()).isEmpty();
        assertThat(checks.landmarks()).isEmpty();
        assertThat(checks.links()).isEmpty();
        assertThat(checks.activeContent()).isEmpty();
    }

    @Test
    void catchesInjectedScriptsHandlersAndScriptAddresses() {
        SiteChecks checks = checks("<h1>T</h1><script>alert(1)</script><img src=x onerror=alert(1)>"
                + "<a href=\"javascript:alert(1)\">x</a><iframe src=\"https://evil.example/\"></iframe>");

        assertThat(checks.activeContent()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void catchesBrokenLinksMissingAnchorsAndOutsideResources() {
        SiteChecks checks = checks("<h1>T</h1><a href=\"missing.html\">a</a><a href=\"other/page.html#gone\">b</a>"
                + "<a href=\"/other/page.html\">c</a><img src=\"https://cdn.example/x.png\">");

        assertThat(checks.links()).containsExactly(
                "index.html: missing.html: no such file in the site",
                "index.html: other/page.html#gone: no element with id 'gone' in other/page.html",
                "index.html: /other/page.html: an absolute path does not work from file:// or under a sub-path",
                "index.html: <img> loads https://cdn.example/x.png from outside the site");
    }

    @Test
    void catchesMissingOrDoubledH1AndSkippedHeadingLevels() {
        SiteChecks checks = checks("<h1>A</h1><h1>B</h1><h3>C</h3>");

        assertThat(checks.titlesAndHeadings()).containsExactly("index.html: 2 h1 elements",
                "index.html: <h3> \"C\" follows h1");
    }

    @Test
    void catchesAPageMissingFromTheSitemap() {
        SiteChecks checks = checks("<h1>T</h1>");
        Fixtures.write(site, "sitemap.xml", "<urlset><url><loc>index.html</loc></url></urlset>");

        assertThat(checks.sitemap("")).containsExactly("sitemap.xml misses [other/page.html] and lists unknown []");
    }
}
