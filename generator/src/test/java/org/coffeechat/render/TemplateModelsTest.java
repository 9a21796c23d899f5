package org.coffeechat.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffeechat.model.Html;
import org.junit.jupiter.api.Test;

class TemplateModelsTest {

    record Inner(String name, int count) {
    }

    record Outer(String title, Optional<String> missing, Optional<String> present, List<Inner> items, Html body,
                 boolean flag) {
    }

    @Test
    void turnsARecordIntoAHashOfItsFieldsInDeclarationOrder() {
        Object model = TemplateModels.of(new Outer("T", Optional.empty(), Optional.of("here"),
                List.of(new Inner("a", 1)), new Html("<b>x</b>"), true));

        assertThat(model).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) model;
        assertThat(map.keySet()).containsExactly("title", "present", "items", "body", "flag");
        assertThat(map.get("present")).isEqualTo("here");
        assertThat(map.get("items")).isEqualTo(List.of(Map.of("name", "a", "count", 1)));
        assertThat(map.get("flag")).isEqualTo(true);
    }

    @Test
    void leavesAnEmptyOptionalOutSoTemplatesTestItWithQuestionMarks() {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) TemplateModels.of(new Outer("T", Optional.empty(),
                Optional.empty(), List.of(), new Html(""), false));

        assertThat(map).doesNotContainKeys("missing", "present");
    }

    @Test
    void turnsHtmlIntoMarkupThatIsNotEscapedAgain() {
        Object model = TemplateModels.of(new Html("<p>hi</p>"));

        assertThat(model).isInstanceOf(TemplateHTMLOutputModel.class);
    }

    @Test
    void refusesAnythingThatIsNotAViewValue() {
        assertThatThrownBy(() -> TemplateModels.of(new StringBuilder("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.StringBuilder");
        assertThatThrownBy(() -> TemplateModels.of(java.nio.file.Path.of("/etc")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
