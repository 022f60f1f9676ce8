package org.restride.ui.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.WeekRange;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.Visit;
import org.restride.app.visits.VisitService;
import org.restride.text.Words;

/** The verdict's words for red flags alone, when the rest of the visit cannot be judged yet. */
final class RedFlagsAlone {
    private RedFlagsAlone() {
    }

    /** Against her roadmap, or, when she has none, against a one-phase stand-in: red flags do not depend on it. */
    static List<Reason> reasons(VisitService visits, Patient patient, Roadmap roadmap, Set<RedFlag> ticked, LocalDate today,
                                Words words) {
        String name = words.get("ui-visits.redFlags");
        Roadmap against = roadmap != null ? roadmap : new Roadmap(0L, patient.id(), name, null, RoadmapStatus.DRAFT,
                0, List.of(new Phase(PhaseKind.CUSTOM, name, null, new WeekRange(0, null), List.of(), List.of())),
                today);
        Visit flagsOnly = Visit.withoutRoadmap(patient.id(), today).withRedFlags(ticked);
        return visits.preview(flagsOnly, patient, against, today).redFlags();
    }
}
