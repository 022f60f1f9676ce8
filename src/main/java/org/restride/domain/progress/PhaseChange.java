package org.restride.domain.progress;

import java.time.LocalDate;
import org.restride.domain.Check;
import org.restride.domain.ValidationException;

/**
 * A moment when a roadmap's current phase changed: from which phase to which (numbers count from 0), on what
 * day, after which visit (if any), and the PT's note. The id is null until it is saved.
 */
public record PhaseChange(Long id, long roadmapId, LocalDate date, int fromPhase, int toPhase, String phaseName,
                          Long visitId, String note) {
    public PhaseChange {
        Check.present("date", date);
        Check.range("fromPhase", fromPhase, 0, 1000);
        Check.range("toPhase", toPhase, 0, 1000);
        if (fromPhase == toPhase) {
            throw new ValidationException("toPhase", "phaseChange.same");
        }
        phaseName = Check.text("phaseName", phaseName, 120);
        note = Check.optionalText("note", note, 2000);
    }

    public boolean isForward() {
        return toPhase > fromPhase;
    }

    /** Moved on to, or stepped back to, the phase by name. */
    public Phrase describe() {
        return Phrase.of(isForward() ? "history.movedOn" : "history.steppedBack", phaseName);
    }

    public PhaseChange withId(long newId) {
        return new PhaseChange(newId, roadmapId, date, fromPhase, toPhase, phaseName, visitId, note);
    }
}
