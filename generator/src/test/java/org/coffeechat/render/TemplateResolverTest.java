package org.coffeechat.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.view.PageKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateResolverTest {

    @TempDir
    Path dir;

    private Path site;
    private Path theme;
    private Path builtIn;
    private TemplateResolver resolver;

    @BeforeEach
    void threeRoots() {
        site = dir.resolve("site/templates");
        theme = dir.resolve("themes/campus/templates");
        builtIn = dir.resolve("builtin/templates");
        Fixtures.write(site, "step.ftlh", "site step");
        Fixtures.write(theme, "step.ftlh", "theme step");
        Fixtures.write(theme, "faq.ftlh", "theme faq");
        Fixtures.write(builtIn, "step.ftlh", "built-in step");
        Fixtures.write(builtIn, "faq.ftlh", "built-in faq");
        Fixtures.write(builtIn, "home.ftlh", "built-in home");
        Fixtures.write(builtIn, "partials/nav.ftlh", "nav");
        Fixtures.write(dir, "secret.txt", "outside every root");
        resolver = new TemplateResolver(List.of(
                new TemplateResolver.Root(site, "site/templates"),
                new TemplateResolver.Root(theme, "themes/campus/templates"),
                new TemplateResolver.Root(builtIn, "(built-in)/themes/default/templates")));
    }

    @Test
    void looksInTheSiteThenTheThemeThenTheBuiltInDefault() {
        assertThat(resolver.candidates(PageKind.STEP, OutputFormat.HTML)).containsExactly(
                "site/templates/step.ftlh",
                "themes/campus/templates/step.ftlh",
                "(built-in)/themes/default/templates/step.ftlh");
        assertThat(resolver.candidates(PageKind.SITEMAP, OutputFormat.XML)).containsExactly(
                "site/templates/sitemap.ftlx",
                "themes/campus/templates/sitemap.ftlx",
                "(built-in)/themes/default/templates/sitemap.ftlx");
    }

    @Test
    void theFirstRootThatHasTheFileWins() {
        assertThat(resolver.find("step.ftlh")).contains(site.resolve("step.ftlh"));
        assertThat(resolver.find("faq.ftlh")).contains(theme.resolve("faq.ftlh"));
        assertThat(resolver.find("home.ftlh")).contains(builtIn.resolve("home.ftlh"));
        assertThat(resolver.find("partials/nav.ftlh")).contains(builtIn.resolve("partials/nav.ftlh"));
    }

    @Test
    void aNameNoRootHasResolvesToNothing() {
        assertThat(resolver.find("missing.ftlh")).isEmpty();
    }

    @Test
    void namesThatLeaveARootResolveToNothing() {
        assertThat(resolver.find("../../../secret.txt")).isEmpty();
        assertThat(resolver.find("partials/../../../../secret.txt")).isEmpty();
        assertThat(resolver.find("/etc/passwd")).isEmpty();
        assertThat(resolver.find(dir.resolve("secret.txt").toString())).isEmpty();
        assertThat(resolver.find("..\\secret.txt")).isEmpty();
    }

    @Test
    void namesEachPageKindsTemplateByFormat() {
        assertThat(TemplateResolver.templateName(PageKind.NOT_FOUND, OutputFormat.HTML)).isEqualTo("404.ftlh");
        assertThat(TemplateResolver.templateName(PageKind.QUESTIONS, OutputFormat.HTML)).isEqualTo("questions.ftlh");
    }

    @Test
    void showsAResolvedFileByItsRootsDisplayName() {
        assertThat(resolver.display(theme.resolve("faq.ftlh"))).isEqualTo("themes/campus/templates/faq.ftlh");
    }
}
