package org.restride.domain.measure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A patient's scores on one measure in date order: what the line chart draws, with the measure's bands shaded. */
public record MeasureSeries(OutcomeMeasure measure, List<MeasureScore> scores) {
    public MeasureSeries {
        scores = scores.stream().sorted(Comparator.comparing(MeasureScore::date)
                .thenComparing(s -> s.id() == null ? Long.MAX_VALUE : s.id())).toList();
    }

    public boolean isEmpty() {
        return scores.isEmpty();
    }

    public Optional<MeasureScore> latest() {
        return scores.isEmpty() ? Optional.empty() : Optional.of(scores.get(scores.size() - 1));
    }

    /** The change from the first score to the latest; empty with fewer than two scores. */
    public Optional<Double> change() {
        if (scores.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(scores.get(scores.size() - 1).value() - scores.get(0).value());
    }
}
