package org.restride.domain.progress;

import org.restride.domain.Check;

/** A saved visit with the verdict the PT saw when she saved it (null for a visit without a roadmap). */
public record RecordedVisit(Visit visit, Verdict verdict) {
    public RecordedVisit {
        Check.present("visit", visit);
    }

    public long id() {
        if (visit.id() == null) {
            throw new IllegalStateException("the visit has not been saved");
        }
        return visit.id();
    }
}
