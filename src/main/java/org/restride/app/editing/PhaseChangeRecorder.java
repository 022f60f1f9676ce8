package org.restride.app.editing;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.restride.domain.Roadmap;
import org.restride.domain.progress.PhaseChange;
import org.restride.store.PhaseHistoryRepository;

/**
 * Saves a roadmap whose current phase the PT changed by hand (or by undoing such a change), recording the change
 * so that the patient's history stays complete.
 */
@FunctionalInterface
public interface PhaseChangeRecorder {
    String NOTE = "Changed by hand in the roadmap editor.";

    /** Saves {@code after}, whose current phase differs from {@code before}'s; returns it as saved. */
    Roadmap save(Roadmap before, Roadmap after);

    /** Records each change in the phase history, dated today. */
    static PhaseChangeRecorder into(PhaseHistoryRepository history, Supplier<LocalDate> today) {
        return (before, after) -> {
            history.saveWithChange(after, new PhaseChange(null, after.id(), today.get(), before.currentPhase(),
                    after.currentPhase(), after.current().name(), null, NOTE));
            return after;
        };
    }
}
