package org.restride.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.restride.domain.Equipment;
import org.restride.domain.Keyed;
import org.restride.domain.ValidationException;
import org.junit.jupiter.api.Test;

/** A refused choice and a long list, as a person reads them: the value short and escaped, a long list counted. */
class ShortQuotesTest {
    private final Words words = Words.english();

    private String refusal(String value) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> Keyed.fromKey(Equipment.class, "equipment", value));
        return refused.explain(words::refusal);
    }

    @Test
    void aHugeBadChoiceIsQuotedShortAndEscaped() {
        String said = refusal("r".repeat(99_000));
        assertTrue(said.length() < 400, said.length() + ": " + said);
        assertTrue(said.contains("(was \"" + Excerpt.of("r".repeat(99_000)) + "\")"), said);
        assertTrue(said.contains("…"), said);
    }

    @Test
    void aBadChoiceFullOfEscapesIsNeverCutInsideOne() {
        String said = refusal("\u001b".repeat(5_000));
        String quoted = said.substring(said.indexOf("(was \"") + 6, said.lastIndexOf("\")"));
        assertFalse(quoted.contains("\u001b"), said);
        for (String half : quoted.split("…")) {
            assertTrue(half.matches("(\\\\u001b)*"), "cut inside an escape: " + half);
        }
    }

    @Test
    void aLongListShowsAFewItemsThenHowManyMoreAndKeepsWhatFollows() {
        List<String> many = IntStream.range(0, 100).mapToObj(i -> "pose-number-" + i).toList();
        String said = KeyedProblem.of("problems.figure.notPose", "figure.pose", "\"flying\"", many).in(words);
        assertTrue(said.contains("pose-number-0, pose-number-1"), said);
        assertFalse(said.contains("pose-number-99"), said);
        assertTrue(said.matches(".*pose-number-\\d+ and \\d+ more\\)$"), said);
        assertTrue(said.length() < 400, said);
        assertTrue(said.contains("\"flying\""), said);
    }

    @Test
    void aShortListIsShownWhole() {
        assertEquals("a, b, c", words.list(List.of("a", "b", "c")));
        assertEquals("and 98 more", words.list(IntStream.range(0, 100).mapToObj(i -> "x".repeat(100)).toList())
                .replaceAll("^[x, ]+ ", ""));
    }
}
