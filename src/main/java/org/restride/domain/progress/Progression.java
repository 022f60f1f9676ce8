package org.restride.domain.progress;

import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;

/** Moving a roadmap's current phase: on to the next after a "ready" verdict, or back one on the PT's decision. */
public final class Progression {
    private Progression() {
    }

    /** The roadmap with the next phase current. Only a READY verdict for the roadmap's current phase does this. */
    public static Roadmap advance(Roadmap roadmap, Verdict verdict) {
        if (verdict.phaseIndex() != roadmap.currentPhase()) {
            throw new ValidationException("verdict", "progression.stale", verdict.phaseIndex() + 1,
                    roadmap.currentPhase() + 1);
        }
        if (verdict.status() != Status.READY) {
            throw new ValidationException("verdict", "progression.notReady", verdict.status().key());
        }
        if (!verdict.hasNextPhase() || roadmap.currentPhase() + 1 >= roadmap.phases().size()) {
            throw new ValidationException("phase", "progression.last", roadmap.current().name());
        }
        return roadmap.withCurrentPhase(roadmap.currentPhase() + 1);
    }

    /** The roadmap with the previous phase current, when the PT decides to step back a whole phase. */
    public static Roadmap stepBack(Roadmap roadmap) {
        if (roadmap.currentPhase() == 0) {
            throw new ValidationException("phase", "progression.first", roadmap.current().name());
        }
        return roadmap.withCurrentPhase(roadmap.currentPhase() - 1);
    }
}
