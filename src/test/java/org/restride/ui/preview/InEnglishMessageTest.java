package org.restride.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;

/** A Spanish handout with a clinic exercise that has no Spanish: the preview's message line names it. */
class InEnglishMessageTest extends PreviewBench {
    @Override
    Instant now() {
        return Instant.parse("2026-11-29T09:00:00Z");
    }

    @BeforeEach
    void showHer() {
        whose.set(mayaHerself());
    }

    private void inSpanish() {
        ClinicProfile c = workspace.clinicProfile().load();
        workspace.clinicProfile().save(new ClinicProfile(c.clinicName(), c.address(), c.phone(), c.email(), c.website(),
                c.logo(), c.therapistName(), c.credentials(), c.paperSize(), c.units(), "es", c.disclaimer(),
                c.country(), c.clinicianTerm()));
    }

    /** Maya's roadmap with the clinic's own copy of her first exercise added to the phase she is in. */
    private Roadmap withOurOwnExercise() {
        Phase current = maya.phases().get(maya.currentPhase());
        Exercise ours = workspace.exercises().find(current.items().get(0).exerciseId()).orElseThrow()
                .copyForClinic("our-first-exercise", "Our slow version");
        workspace.exercises().save(ours);
        List<PhaseItem> items = new ArrayList<>(current.items());
        items.add(new PhaseItem(ours.id(), ours.defaultDosage(), null));
        List<Phase> phases = new ArrayList<>(maya.phases());
        phases.set(maya.currentPhase(), current.withItems(items));
        return maya.withPhases(phases);
    }

    @Test
    void theMessageLineSaysWhichExercisesWillPrintInEnglish() {
        inSpanish();
        edited.set(withOurOwnExercise());
        render();
        assertEquals("es", model.optionsProperty().get().language());
        assertTrue(model.messageProperty().get().contains("This exercise will print in English: \"Our slow version\""),
                model.messageProperty().get());
    }

    @Test
    void anEnglishHandoutSaysNothingOfIt() {
        edited.set(withOurOwnExercise());
        render();
        assertEquals("en", model.optionsProperty().get().language());
        assertFalse(model.messageProperty().get().contains("English"), model.messageProperty().get());
    }

    @Test
    void aSpanishHandoutWithEverythingInSpanishSaysNothingOfIt() {
        inSpanish();
        edited.set(maya);
        render();
        assertFalse(model.messageProperty().get().contains("English"), model.messageProperty().get());
    }

    @Test
    void herLanguageThisBuildDoesNotPrintIsSaidOnTheMessageLine() {
        Patient p = whose.get();
        whose.set(new Patient(p.id(), p.displayName(), p.dateOfBirth(), p.deliveryDate(), p.deliveryType(),
                p.perinealTearGrade(), p.births(), p.breastfeeding(), p.goals(), p.notes(), "fr"));
        edited.set(maya);
        render();
        assertEquals("en", model.optionsProperty().get().language());
        assertTrue(model.messageProperty().get().contains("Her language \"fr\" is not one this Restride prints, so English was used."),
                model.messageProperty().get());
    }
}
