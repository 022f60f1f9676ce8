package org.restride.domain;

import java.util.List;

/** Small valid exercises for tests. */
public final class TestExercises {
    private TestExercises() {
    }

    public static Exercise exercise(String id, String name) {
        return exercise(id, name, PhaseKind.STRENGTH, Region.HIPS, Position.LYING, ExerciseSource.CLINIC);
    }

    public static Exercise exercise(String id, String name, PhaseKind phase, Region region, Position position,
                                    ExerciseSource source) {
        return new Exercise(id, name, "A short summary of " + name + ".", List.of("Get ready.", "Move.", "Rest."),
                List.of("Breathe out as you move", "Go slowly"), List.of("Holding your breath"),
                List.of("Heaviness: make it smaller"), List.of(phase), region, List.of(Equipment.MAT), position,
                ImpactLevel.NONE, PelvicFloorDemand.LOW, List.of("test"),
                new Dosage(3, new Amount(DoseUnit.REPS, 8, 12), false, 60, null, 3, new Intensity.Rpe(6), null, null),
                null, null, source, null, false);
    }
}
