package org.restride.domain.measure;

import java.time.LocalDate;
import org.restride.domain.Check;

/** One dated score of one patient on one measure, entered at a visit (visit id) or on its own. */
public record MeasureScore(Long id, long patientId, String measureKey, LocalDate date, double value, Long visitId) {
    public MeasureScore {
        measureKey = Check.text("measure", measureKey, 60);
        Check.present("scoreDate", date);
    }

    public MeasureScore withId(long newId) {
        return new MeasureScore(newId, patientId, measureKey, date, value, visitId);
    }
}
