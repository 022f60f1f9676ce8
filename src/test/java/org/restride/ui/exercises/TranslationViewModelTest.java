package org.restride.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.app.ClinicWords;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.text.Words;
import org.restride.ui.RefusingTable;

/** The Spanish of an exercise as the Library edits it, without the toolkit. */
class TranslationViewModelTest extends LibraryBench {
    TranslationViewModel spanish;
    Exercise own;

    @BeforeEach
    void open() {
        spanish = new TranslationViewModel(workspace.libraryEditing(writer), Words.english(), "es",
                () -> ClinicWords.of(workspace.clinicProfile().load(), "es"));
        own = library.createOwn();
        writer.awaitIdle();
        spanish.show(own);
    }

    private ExerciseText stored() {
        writer.awaitIdle();
        return workspace.exerciseTexts().find(own.id(), "es").orElse(null);
    }

    @Test
    void aSpanishNameAndStepsAreSavedOneEntryALineAndShownAgain() {
        assertTrue(spanish.editableProperty().get(), "the clinic's own exercise takes a Spanish version");
        assertEquals("", spanish.nameProperty().get());
        spanish.nameProperty().set("  Puente de glúteos  ");
        spanish.stepsProperty().set("Acuéstese boca arriba.\n\n  Suba la cadera.  \n");
        assertTrue(spanish.commit());
        assertEquals("Spanish saved. Still in English on the handout: summary, cues.", spanish.messageProperty().get());
        ExerciseText text = stored();
        assertEquals("Puente de glúteos", text.name());
        assertEquals(List.of("Acuéstese boca arriba.", "Suba la cadera."), text.steps());
        assertNull(text.summary(), "a field left empty prints in English");

        spanish.show(null);
        spanish.show(own);
        assertEquals("Puente de glúteos", spanish.nameProperty().get());
        assertEquals("Acuéstese boca arriba.\nSuba la cadera.", spanish.stepsProperty().get());
        assertEquals("Puente de glúteos", spanish.translatedProperty().get().name());
        assertEquals(own.summary(), spanish.translatedProperty().get().summary(), "the English where Spanish is missing");
    }

    @Test
    void onceEveryFieldTheEnglishHasIsInSpanishNothingIsSaidToPrintInEnglish() {
        spanish.nameProperty().set("Ejercicio nuevo");
        spanish.summaryProperty().set("Lo que hace este ejercicio.");
        spanish.stepsProperty().set("Posición inicial.\nMovimiento.\nCómo terminar.");
        spanish.commit();
        assertEquals("Spanish saved. Still in English on the handout: cues.", spanish.messageProperty().get());
        spanish.cuesProperty().set("Suelte el aire con el esfuerzo");
        spanish.commit();
        assertEquals("Spanish saved.", spanish.messageProperty().get());
        writer.awaitIdle();
        spanish.show(null);
        spanish.show(own);
        assertEquals("", spanish.messageProperty().get(), "nothing to say on reopening");
    }

    @Test
    void theSameExerciseShownAgainKeepsWhatTheFieldsHold() throws Exception {
        spanish.nameProperty().set("Puente");
        // the store does not hold it yet (here: it refuses it), as while the save still waits for the writer
        try (RefusingTable notYet = RefusingTable.in(dataFolder(), "exercise_texts")) {
            spanish.commit();
            writer.awaitIdle();
        }
        spanish.show(own.copyForClinic(own.id(), "Renamed in English"));
        assertEquals("Puente", spanish.nameProperty().get(), "not read back from the store over what was typed");
        assertTrue(spanish.commit(), "and saved when the field is left again");
        assertEquals("Puente", stored().name());
    }

    @Test
    void leavingAFieldUnchangedWritesNothing() {
        spanish.nameProperty().set("Sentadilla");
        assertTrue(spanish.commit());
        assertFalse(spanish.commit(), "nothing changed since the last save");
        assertEquals("Sentadilla", stored().name());
    }

    @Test
    void emptyingEveryFieldRemovesTheSpanishSoItPrintsInEnglish() {
        spanish.nameProperty().set("Sentadilla");
        spanish.cuesProperty().set("Suelte el aire al subir");
        spanish.commit();
        assertTrue(stored() != null);
        spanish.nameProperty().set(" ");
        spanish.cuesProperty().set("");
        assertTrue(spanish.commit());
        assertNull(stored());
        assertEquals("Spanish removed: this exercise prints in English on a handout in Spanish.", spanish.messageProperty().get());
        assertNull(spanish.translatedProperty().get());
    }

    @Test
    void aSpanishVersionWithoutANameIsRefusedAndNothingIsWritten() {
        spanish.summaryProperty().set("Fortalece la cadera.");
        assertFalse(spanish.commit());
        assertTrue(spanish.messageProperty().get().startsWith("Spanish not saved: Name "), spanish.messageProperty().get());
        assertNull(stored());
        assertEquals("Fortalece la cadera.", spanish.summaryProperty().get(), "what she typed stays");
    }

    @Test
    void aSpanishTextOverTheEnglishLimitsIsRefusedWithTheLimit() {
        spanish.nameProperty().set("Puente");
        spanish.summaryProperty().set("a".repeat(201));
        assertFalse(spanish.commit());
        assertTrue(spanish.messageProperty().get().contains("at most 200 characters (was 201)"), spanish.messageProperty().get());
        spanish.summaryProperty().set("");
        spanish.cuesProperty().set("uno\ndos\ntres\ncuatro\ncinco\nseis\nsiete");
        assertFalse(spanish.commit());
        assertTrue(spanish.messageProperty().get().contains("between 0 and 6 entries (had 7)"), spanish.messageProperty().get());
        assertNull(stored());
    }

    @Test
    void aSaveThatFailsIsToldAndTriedAgainOnTheNextCommit() throws Exception {
        spanish.nameProperty().set("Puente");
        try (RefusingTable full = RefusingTable.in(dataFolder(), "exercise_texts")) {
            assertTrue(spanish.commit());
            writer.awaitIdle();
        }
        assertTrue(spanish.messageProperty().get().startsWith("Not saved: "), spanish.messageProperty().get());
        assertNull(stored());
        assertTrue(spanish.commit(), "the same text is saved when tried again");
        assertEquals("Puente", stored().name());
    }

    @Test
    void aCopyOfABuiltInExerciseKeepsItsSpanishToEdit() {
        Exercise builtIn = workspace.exercises().find("squat-bodyweight").orElseThrow();
        Exercise copy = library.copyForEditing(builtIn);
        writer.awaitIdle();
        ExerciseText original = workspace.exerciseTexts().find("squat-bodyweight", "es").orElseThrow();
        assertEquals(original, workspace.exerciseTexts().find(copy.id(), "es").orElseThrow());
        spanish.show(copy);
        assertTrue(spanish.editableProperty().get());
        assertEquals(original.name(), spanish.nameProperty().get());
    }

    @Test
    void aBuiltInExerciseShowsItsSpanishReadOnly() {
        Exercise builtIn = workspace.exercises().find("squat-bodyweight").orElseThrow();
        spanish.show(builtIn);
        assertFalse(spanish.editableProperty().get());
        assertEquals(workspace.exerciseTexts().find("squat-bodyweight", "es").orElseThrow().name(),
                spanish.translatedProperty().get().name());
        spanish.nameProperty().set("Otro nombre");
        assertFalse(spanish.commit(), "a built-in exercise's Spanish is not changed here");
    }
}
