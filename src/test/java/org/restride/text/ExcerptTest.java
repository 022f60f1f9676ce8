package org.restride.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A value quoted in a message is short and cannot drive the terminal. */
class ExcerptTest {
    @Test
    void aHugeValueIsCutToAboutSixtyCharacters() {
        String huge = "a".repeat(10_000_000) + "THE-END";
        String quoted = Excerpt.of(huge);
        assertTrue(quoted.length() <= Excerpt.MAX + 1, quoted);
        assertTrue(quoted.startsWith("aaaa") && quoted.endsWith("THE-END") && quoted.contains("…"), quoted);
        assertEquals("short", Excerpt.of("short"));
    }

    @Test
    void controlAndInvisibleCharactersAreShownEscaped() {
        String hostile = "id\n\u001b[2J\u001b[HFAKE: all records deleted\r\u0007\u202e\u200b";
        String quoted = Excerpt.of(hostile);
        assertTrue(quoted.chars().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT), quoted);
        assertTrue(quoted.startsWith("id\\n\\u001b[2J"), quoted);
        assertTrue(quoted.contains("\\u202e"), quoted);
    }

    @Test
    void aPathKeepsItsFileNameAndCutsNoCharacterInHalf() {
        String path = "/home/pt/" + "deep/".repeat(40) + "maya-handout.pdf";
        assertTrue(Excerpt.path(path).endsWith("maya-handout.pdf"));
        String emoji = "😀".repeat(100);
        String cut = Excerpt.of(emoji);
        assertFalse(cut.contains("\\u"), "pairs stay whole: " + cut);
        assertEquals("\"a\\\"b\"", Excerpt.quoted("a\"b"));
    }
}
