package org.restride.domain;

/** Where an exercise came from. A built-in exercise is never edited in place: the clinic edits a copy. */
public enum ExerciseSource implements Keyed {
    BUILT_IN, CLINIC;

    public static ExerciseSource fromKey(String key) {
        return Keyed.fromKey(ExerciseSource.class, "source", key);
    }
}
