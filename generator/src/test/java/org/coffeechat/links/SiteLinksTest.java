package org.coffeechat.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.render.TemplateResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links of rendered pages, checked in full and, for the preview, only where a change can have
 * broken them: a page rendered again, and the links of other pages that lead to it.
 */
class SiteLinksTest {

    @TempDir
    Path dir;

    private TemplateSources sources;
    private SiteLinks links;
    private final Set<String> files = new TreeSet<>();

    @BeforeEach
    void templates() throws IOException {
        Files.writeString(dir.resolve("page.ftlh"), "<main>${page.body}</main>\n<a href=\"${site.root}b.html#part\">B</a>\n");
        Files.writeString(dir.resolve("other.ftlh"), "<p>no links here</p>\n");
        sources = new TemplateSources(new TemplateResolver(List.of(new TemplateResolver.Root(dir, "site/templates"))));
        links = new SiteLinks("404.html", "/");
    }

    private void record(String url, String template, String html) {
        links.page(url, template, html);
        files.add(url);
    }

    private List<String> checkChanged(String... changedFiles) {
        Diagnostics problems = new Diagnostics();
        links.checkChanged(files, Set.of(changedFiles), sources, problems);
        return problems.sorted().stream().map(Diagnostic::toString).toList();
    }

    private List<String> checkAll() {
        Diagnostics problems = new Diagnostics();
        links.check(files, sources, problems);
        return problems.sorted().stream().map(Diagnostic::toString).toList();
    }

    /** Three pages: a.html links to b.html#part, b.html has the anchor, c.html links nowhere. */
    private void aSiteThatChecksClean() {
        record("a.html", "page.ftlh", "<main></main><a href=\"b.html#part\">B</a>");
        record("b.html", "other.ftlh", "<h2 id=\"part\">Part</h2>");
        record("c.html", "other.ftlh", "<p>Nothing.</p>");
        assertThat(checkChanged()).as("the first check looks at everything").isEmpty();
    }

    @Test
    void aPageRenderedWithoutAnAnchorBreaksTheLinksOfPagesThatWereNotRenderedAgain() {
        aSiteThatChecksClean();

        record("b.html", "other.ftlh", "<h2 id=\"parts\">Parts</h2>");

        assertThat(checkChanged("b.html")).containsExactly("site/templates/page.ftlh:2:22: broken link to "
                + "'b.html#part' (on a.html): the page has no anchor '#part'; did you mean 'parts'?");
        assertThat(checkAll()).as("what a full check finds").isEqualTo(List.of("site/templates/page.ftlh:2:22: broken "
                + "link to 'b.html#part' (on a.html): the page has no anchor '#part'; did you mean 'parts'?"));
    }

    @Test
    void aRemovedPageBreaksTheLinksThatLeadToIt() {
        aSiteThatChecksClean();

        links.remove("b.html");
        files.remove("b.html");

        assertThat(checkChanged("b.html")).containsExactly("site/templates/page.ftlh:2:22: broken link to "
                + "'b.html#part' (on a.html): there is no such page or file in the site");
    }

    @Test
    void aPageRenderedAgainHasAllItsLinksChecked() {
        aSiteThatChecksClean();

        // A link the template does not hold (from the page's text) is placed at the template's start.
        record("c.html", "page.ftlh", "<main></main><a href=\"b.html#part\">B</a><a href=\"missing.html\">?</a>");

        assertThat(checkChanged("c.html")).containsExactly("site/templates/page.ftlh:1:1: broken link to 'missing.html' "
                + "(on c.html): there is no such page or file in the site");
    }

    @Test
    void linksThatLeadElsewhereAreNotLookedAtAgain() {
        aSiteThatChecksClean();
        // A link that broke without any page being rendered again cannot be seen by a check of what
        // changed: this is what makes the check cheap, and why a failed check makes the next one whole.
        files.remove("b.html");

        assertThat(checkChanged("c.html")).isEmpty();
        assertThat(checkAll()).hasSize(1);
    }

    @Test
    void afterAFailedCheckTheNextChecksEverythingUntilItIsClean() {
        aSiteThatChecksClean();
        record("b.html", "other.ftlh", "<h2 id=\"other\">Other</h2>");
        assertThat(checkChanged("b.html")).hasSize(1);

        // c.html changed, not b.html: the earlier problem is still reported, since nothing fixed it.
        record("c.html", "other.ftlh", "<p>Something.</p>");
        assertThat(checkChanged("c.html")).hasSize(1);

        record("b.html", "other.ftlh", "<h2 id=\"part\">Part</h2>");
        assertThat(checkChanged("b.html")).isEmpty();
    }

    @Test
    void aLinkAddedToAPageIsFoundWhenItsTargetChangesLater() {
        aSiteThatChecksClean();
        record("c.html", "page.ftlh", "<main></main><a href=\"b.html#part\">B</a>");
        assertThat(checkChanged("c.html")).isEmpty();

        record("b.html", "other.ftlh", "<h2 id=\"gone\">Gone</h2>");

        assertThat(checkChanged("b.html")).containsExactly("site/templates/page.ftlh:2:22: broken link to "
                + "'b.html#part' (on a.html and 1 more page): the page has no anchor '#part'");
    }
}
