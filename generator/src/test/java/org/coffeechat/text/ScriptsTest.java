package org.coffeechat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void guessesTheLanguageOfEachScript() {
        assertThat(Scripts.language("محمد الأحمد")).contains("ar");
        assertThat(Scripts.language("נועה כהן")).contains("he");
        assertThat(Scripts.language("สมชาย ใจดี")).contains("th");
        assertThat(Scripts.language("अनन्या शर्मा")).contains("hi");
        assertThat(Scripts.language("অনিক রায়")).contains("bn");
        assertThat(Scripts.language("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ")).contains("pa");
        assertThat(Scripts.language("கார்த்திக்")).contains("ta");
        assertThat(Scripts.language("김민준")).contains("ko");
        assertThat(Scripts.language("王芳")).contains("zh");
        assertThat(Scripts.language("さくら")).contains("ja");
        assertThat(Scripts.language("山田 さくら")).contains("ja");
        assertThat(Scripts.language("Дарья Иванова")).contains("ru");
        assertThat(Scripts.language("Νίκος")).contains("el");
    }

    @Test
    void leavesLatinAndLetterlessTextToThePage() {
        assertThat(Scripts.language("Zoë Ñúñez")).isEmpty();
        assertThat(Scripts.language("Solaris Grid")).isEmpty();
        assertThat(Scripts.language("2026 – 42")).isEmpty();
        assertThat(Scripts.language("")).isEmpty();
    }

    @Test
    void goesByTheDominantScript() {
        assertThat(Scripts.language("محمد الأحمد (Mo)")).contains("ar");
        assertThat(Scripts.language("Solaris Grid مصر")).isEmpty();
    }
}
