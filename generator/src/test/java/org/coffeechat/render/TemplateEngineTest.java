package org.coffeechat.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coffeechat.diag.Diagnostic;
import org.coffeechat.diag.Diagnostics;
import org.coffeechat.diag.InvalidInputException;
import org.coffeechat.fixtures.Fixtures;
import org.coffeechat.model.Html;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    @TempDir
    Path dir;

    private Path templates;
    private TemplateEngine engine;

    /** A value a template is given, with its own record type. */
    record Item(String title, Html body) {
    }

    @BeforeEach
    void engineOverOneRoot() {
        templates = dir.resolve("templates");
        Fixtures.write(dir, "secret.txt", "TOP SECRET");
        engine = new TemplateEngine(new TemplateResolver(List.of(new TemplateResolver.Root(templates, "site/templates"))));
    }

    private String render(String name, String template, Object item) {
        Fixtures.write(templates, name, template);
        return engine.render(name, Map.of("item", TemplateModels.of(item)));
    }

    private static List<String> messagesOf(InvalidInputException e) {
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void escapesEveryValueInAnHtmlTemplate() {
        String out = render("t.ftlh", "<p title=\"${item.title}\">${item.title}</p>",
                new Item("<script>alert('x')</script>\" onerror=\"y", new Html("")));

        assertThat(out).isEqualTo("<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onerror=&quot;y\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onerror=&quot;y</p>");
    }

    @Test
    void printsHtmlWeRenderedFromMarkdownAsMarkup() {
        String out = render("t.ftlh", "<div>${item.body}</div>", new Item("t", new Html("<p><em>ok</em></p>")));

        assertThat(out).isEqualTo("<div><p><em>ok</em></p></div>");
    }

    @Test
    void escapesValuesInAnXmlTemplate() {
        String out = render("t.ftlx", "<loc>${item.title}</loc>", new Item("a&b<c>", new Html("")));

        assertThat(out).isEqualTo("<loc>a&amp;b&lt;c&gt;</loc>");
    }

    @Test
    void refusesToCreateJavaObjectsWithNew() {
        assertThatThrownBy(() -> render("t.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", new Item("t", new Html(""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messagesOf(e)).singleElement()
                        .asString().startsWith("site/templates/t.ftlh:1:").contains("template error")
                        .contains("not allowed"));
    }

    @Test
    void refusesToReachTheJavaApiOfAValue() {
        assertThatThrownBy(() -> render("t.ftlh", "${item?api.getClass().getName()}", new Item("t", new Html(""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messagesOf(e)).singleElement()
                        .asString().startsWith("site/templates/t.ftlh:1:").contains("template error")
                        .contains("api_builtin_enabled"));
    }

    @Test
    void cannotIncludeAFileOutsideTheTemplateFolders() {
        assertThatThrownBy(() -> render("t.ftlh", "<#include \"../secret.txt\">", new Item("t", new Html(""))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> render("u.ftlh", "<#include \"/" + dir.resolve("secret.txt") + "\">",
                new Item("t", new Html("")))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cannotSeeTheMethodsOfTheValuesItIsGiven() {
        assertThatThrownBy(() -> render("t.ftlh", "${item.getClass()}", new Item("t", new Html(""))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> render("u.ftlh", "${item.title.getBytes()}", new Item("t", new Html(""))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void includesTemplatesFromItsOwnFolders() {
        Fixtures.write(templates, "partials/greeting.ftlh", "Hello ${item.title}");

        assertThat(render("t.ftlh", "<#include \"partials/greeting.ftlh\">!", new Item("<you>", new Html(""))))
                .isEqualTo("Hello &lt;you&gt;!");
    }

    @Test
    void reportsAnUndefinedValueAtItsLineAndColumn() {
        assertThatThrownBy(() -> render("t.ftlh", "line one\n  ${item.titel}", new Item("t", new Html(""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messagesOf(e)).singleElement()
                        .asString().isEqualTo("site/templates/t.ftlh:2:5: template error: The following has evaluated to null "
                                + "or missing: item.titel"));
    }

    @Test
    void checkReportsEverySyntaxErrorAndMissingTemplateTogether() {
        Fixtures.write(templates, "good.ftlh", "<p>${x}</p>");
        Fixtures.write(templates, "broken.ftlh", "<p>\n<#if x>unclosed\n");
        Diagnostics problems = new Diagnostics();

        engine.check(List.of("good.ftlh", "broken.ftlh", "gone.ftlh"), problems);

        List<String> messages = problems.sorted().stream().map(Diagnostic::toString).toList();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).startsWith("site/templates/broken.ftlh:").contains("template syntax error");
        assertThat(messages.get(1)).isEqualTo(
                "site/templates/gone.ftlh:1:1: no template 'gone.ftlh' in any of: [site/templates]");
    }

    @Test
    void formatsNumbersTheSameWayWhateverTheMachinesLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(render("t.ftlh", "${12345} ${1.5}", new Item("t", new Html("")))).isEqualTo("12345 1.5");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
