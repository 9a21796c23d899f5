package org.coffeechat.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathsTest {

    @Test
    void aProfilesBaseNameDropsItsYamlExtensionInAnyCase() {
        assertEquals("zoe", Paths.baseName(Path.of("profiles/zoe.yaml")));
        assertEquals("zoe", Paths.baseName(Path.of("zoe.yml")));
        assertEquals("ZOE", Paths.baseName(Path.of("ZOE.YAML")));
        assertEquals("Zoe", Paths.baseName(Path.of("Zoe.Yml")));
        assertEquals("zoe.b", Paths.baseName(Path.of("zoe.b.yaml")));
        assertEquals("notes.txt", Paths.baseName(Path.of("notes.txt")));
    }

    @Test
    void theGuideFolderOfAProfileWithAnUpperCaseExtensionIsNamedAfterItsBaseName() {
        assertEquals(Path.of("ZOE-guide"), PacketBuilder.defaultOutput(Path.of("profiles/ZOE.YAML")));
        assertEquals(Path.of("me-guide"), PacketBuilder.defaultOutput(Path.of("me.yml")));
    }

    @Test
    void aCohortNamesEveryPacketAfterItsProfilesBaseName() {
        assertEquals("ZOE.pdf", Cohort.outputName(Path.of("ZOE.YAML")));
        assertEquals("zoe.b.pdf", Cohort.outputName(Path.of("zoe.b.yml")));
    }
}
