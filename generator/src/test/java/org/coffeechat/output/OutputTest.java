package org.coffeechat.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one rule for a relative path: the paths a build writes, the logo's, the files a packet reads. */
class OutputTest {

    @Test
    void aRelativePathHasOnlyNamedSegmentsSeparatedBySingleSlashes() {
        assertThat(Output.isRelative("index.html")).isTrue();
        assertThat(Output.isRelative("steps/prepare/index.html")).isTrue();
        assertThat(Output.isRelative(".well-known/x..y")).as("dots inside a name are a name").isTrue();
        assertThat(Output.isRelative(" ")).as("blank is the caller's to refuse").isTrue();
    }

    @Test
    void aPathThatCouldLeaveItsFolderOrNamesAFolderIsNotRelative() {
        for (String path : new String[] {"", "/", "/x.html", "../x.html", "a/../../x.html", "a/..", "./x.html", "a/./x",
                "a//x.html", "a/", "a\\x.html", "..\\x.html", "."}) {
            assertThat(Output.isRelative(path)).as(path).isFalse();
        }
    }

    @Test
    void checkPathRefusesWhatIsNotRelativeAndReturnsTheRest() {
        assertThat(Output.checkPath("css/site.css")).isEqualTo("css/site.css");
        assertThatThrownBy(() -> Output.checkPath("css/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("css/");
        assertThatThrownBy(() -> Output.checkPath("./css/site.css")).isInstanceOf(IllegalArgumentException.class);
    }
}
