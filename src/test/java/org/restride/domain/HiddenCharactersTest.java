package org.restride.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.Refused.said;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and text that would move a terminal's cursor, hide themselves, or show nothing at all are refused. */
class HiddenCharactersTest {
    static final String[] CONTROLS = {"\u001b[2J", "\u0000", "\u0007", "\u007f", "\u0085", "\u009b", "\u202e", "\u2066",
            "\ud800", "\udc00x"};
    static final String[] INVISIBLE = {"\u200b", "\u0301", "\u00a0", "\u3000", "\u3164", "\ufeff", "\u200b\u200d\u2060",
            new String(Character.toChars(0xE0041)), "\u115f\u1160", " \u00a0 "};

    @Test
    void controlCharactersAreRefusedInEveryText() {
        for (String bad : CONTROLS) {
            ValidationException e = assertThrows(ValidationException.class, () -> Check.text("summary", "Lie " + bad + " back", 200), bad);
            assertTrue(said(e).contains("control or hidden character (U+"), said(e));
            assertThrows(ValidationException.class, () -> Check.line("name", "Bridge" + bad + "x", 80), bad);
        }
    }

    @Test
    void newLinesAreForTextThatRunsOverLinesNotForNames() {
        assertEquals("Lie back.\nBreathe out.\tLift.", Check.text("steps", "Lie back.\nBreathe out.\tLift.", 400));
        assertEquals("Lie back.\r\nLift.", Check.text("steps", "Lie back.\r\nLift.", 400));
        for (String bad : new String[] {"Glute\nbridge", "Glute\rbridge", "Glute\tbridge", "Glute\u2028bridge"}) {
            assertThrows(ValidationException.class, () -> Check.line("name", bad, 80), bad);
        }
    }

    @Test
    void aNameMustShowAtLeastOneCharacter() {
        for (String bad : INVISIBLE) {
            ValidationException e = assertThrows(ValidationException.class, () -> Check.line("name", bad, 80), bad);
            assertTrue(said(e).contains("no visible character") || said(e).contains("must not be empty"),
                    said(e));
        }
        assertEquals("Zoë", Check.line("name", "Zoe\u0308".replace("e\u0308", "ë"), 80));
        assertEquals("Zoe\u0308 \ud83c\udfc3", Check.line("name", "Zoe\u0308 \ud83c\udfc3", 80),
                "combining marks and emoji beside letters");
        assertEquals("李 娜", Check.line("name", "李\u3000娜".replace('\u3000', ' '), 80));
    }

    @Test
    void theRecordsUseTheseChecks() {
        assertThrows(ValidationException.class, () -> TestExercises.exercise("x-bridge", "Bridge\u001b[31m", PhaseKind.STRENGTH,
                Region.HIPS, Position.LYING, ExerciseSource.CLINIC));
        assertThrows(ValidationException.class, () -> TestExercises.exercise("x-bridge", "\u200b", PhaseKind.STRENGTH,
                Region.HIPS, Position.LYING, ExerciseSource.CLINIC));
        // a template's title is a name too: an imported roadmap titled with zero-width spaces was taken
        for (String title : new String[] {"\u200b\u200b", "Plan\u001b[2J", "Plan\nTwo"}) {
            assertThrows(ValidationException.class, () -> new Template("plan", title, null, false, List.of()), title);
        }
        assertEquals("Plan", new Template("plan", "Plan", null, false, List.of()).title());
    }
}
