package org.coffeechat.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packet reads a file of the static folders by a path inside one of them, and nothing else. */
class PrintResourcesTest {

    @TempDir
    Path dir;

    @Test
    void findsAFileByItsPathInsideTheFirstStaticFolderThatHasIt() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site/static/fonts"));
        Path theme = Files.createDirectories(dir.resolve("theme/static/fonts"));
        Files.writeString(theme.resolve("A.ttf"), "theme");
        Files.writeString(theme.resolve("B.ttf"), "theme");
        Files.writeString(site.resolve("A.ttf"), "site");
        PrintResources resources = new PrintResources(List.of(dir.resolve("site/static"), dir.resolve("theme/static")));

        assertThat(resources.find("fonts/A.ttf")).contains(site.resolve("A.ttf"));
        assertThat(resources.find("fonts/B.ttf")).contains(theme.resolve("B.ttf"));
        assertThat(resources.find("fonts/C.ttf")).isEmpty();
        assertThat(resources.find("fonts")).as("a folder is no file").isEmpty();
    }

    @Test
    void findsNothingByAPathThatIsNotRelative() throws IOException {
        Path fonts = Files.createDirectories(dir.resolve("static/fonts"));
        Files.writeString(fonts.resolve("A.ttf"), "font");
        Files.writeString(dir.resolve("secret.ttf"), "not in static/");
        PrintResources resources = new PrintResources(List.of(dir.resolve("static")));

        for (String path : List.of("", "/fonts/A.ttf", fonts.resolve("A.ttf").toString(), "../secret.ttf",
                "fonts/../../secret.ttf", "./fonts/A.ttf", "fonts//A.ttf", "fonts/./A.ttf", "fonts\\A.ttf")) {
            assertThat(resources.find(path)).as(path).isEmpty();
        }
    }
}
