package org.coffeechat.model.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Zoë Ñúñez, zoe-nunez",
            "Łukasz Nowak, lukasz-nowak",
            "Дарья Иванова, darya-ivanova",
            "Nora O'Brien, nora-obrien",
            "Jean-Luc Tremblay, jean-luc-tremblay",
            "Søren Kierkegaard, soren-kierkegaard",
            "王小明, contact-acf979cc",
    })
    void makesAStableIdFromANameInAnyScript(String name, String id) {
        assertEquals(id, Names.id(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Zoë Ñúñez, Zoë", "王小明, 王小明", "'  Priya  Raman ', Priya"})
    void takesTheFirstWordAsTheFirstName(String name, String first) {
        assertEquals(first, Names.firstWord(name));
    }
}
