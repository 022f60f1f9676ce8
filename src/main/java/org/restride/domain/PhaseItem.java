package org.restride.domain;

/** An exercise placed in a phase, with the dosage chosen for this patient and an optional note. */
public record PhaseItem(String exerciseId, Dosage dosage, String note) {
    public PhaseItem {
        exerciseId = Check.text("exercise", exerciseId, 80);
        Check.present("dosage", dosage);
        note = Check.optionalText("note", note, 4000);
    }

    public PhaseItem withDosage(Dosage newDosage) {
        return new PhaseItem(exerciseId, newDosage, note);
    }

    public PhaseItem withExercise(String newExerciseId) {
        return new PhaseItem(newExerciseId, dosage, note);
    }
}
