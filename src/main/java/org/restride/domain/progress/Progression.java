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
            throw new ValidationException("verdict", "was given for phase " + (verdict.phaseIndex() + 1)
                    + ", but the roadmap is now at phase " + (roadmap.currentPhase() + 1) + ": record a new visit");
        }
        if (verdict.status() != Status.READY) {
            throw new ValidationException("verdict", "is \"" + verdict.status().key() + "\": only \"Ready to progress\" "
                    + "moves her on");
        }
        if (!verdict.hasNextPhase() || roadmap.currentPhase() + 1 >= roadmap.phases().size()) {
            throw new ValidationException("phase", "\"" + roadmap.current().name() + "\" is the last phase of the roadmap");
        }
        return roadmap.withCurrentPhase(roadmap.currentPhase() + 1);
    }

    /** The roadmap with the previous phase current, when the PT decides to step back a whole phase. */
    public static Roadmap stepBack(Roadmap roadmap) {
        if (roadmap.currentPhase() == 0) {
            throw new ValidationException("phase", "\"" + roadmap.current().name() + "\" is the first phase: ease the load "
                    + "within it instead");
        }
        return roadmap.withCurrentPhase(roadmap.currentPhase() - 1);
    }
}
