package org.restride.ui.roadmap;

import java.util.Optional;

/** What is being dragged in the editor: an exercise from the library, or an item from a phase. */
sealed interface DragData {
    String PREFIX_EXERCISE = "restride-exercise:";
    String PREFIX_ITEM = "restride-item:";

    record FromLibrary(String exerciseId) implements DragData {
    }

    record FromPhase(int phase, int index) implements DragData {
    }

    static String encode(DragData data) {
        if (data instanceof FromLibrary library) {
            return PREFIX_EXERCISE + library.exerciseId();
        }
        FromPhase item = (FromPhase) data;
        return PREFIX_ITEM + item.phase() + ":" + item.index();
    }

    static Optional<DragData> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith(PREFIX_EXERCISE)) {
            return Optional.of(new FromLibrary(text.substring(PREFIX_EXERCISE.length())));
        }
        if (text.startsWith(PREFIX_ITEM)) {
            String[] parts = text.substring(PREFIX_ITEM.length()).split(":");
            try {
                return Optional.of(new FromPhase(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
