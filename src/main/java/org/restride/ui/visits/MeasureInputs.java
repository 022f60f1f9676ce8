package org.restride.ui.visits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.domain.measure.OutcomeMeasure;
import org.restride.domain.progress.DiastasisMeasurement;
import org.restride.domain.progress.Visit;

/** What was measured, as typed: the diastasis rows (always at least one) and a score per outcome measure. */
public final class MeasureInputs {
    private final InvalidationListener changed;
    private final ObservableList<DiastasisInput> diastasis = FXCollections.observableArrayList();
    private final ObservableList<ScoreInput> scores = FXCollections.observableArrayList();

    MeasureInputs(InvalidationListener changed) {
        this.changed = changed;
        diastasis.addListener(changed);
    }

    /** One empty diastasis row, and an empty score for each measure that is typed (not worked out). */
    void clear(List<OutcomeMeasure> measures) {
        diastasis.setAll(List.of());
        addDiastasis();
        scores.setAll(measures.stream().filter(m -> !m.derived()).map(ScoreInput::new).toList());
        scores.forEach(s -> s.textProperty().addListener(changed));
    }

    public void addDiastasis() {
        if (diastasis.size() < Visit.MAX_DIASTASIS) {
            DiastasisInput row = new DiastasisInput();
            row.listen(changed);
            diastasis.add(row);
        }
    }

    public void removeDiastasis(DiastasisInput row) {
        diastasis.remove(row);
        if (diastasis.isEmpty()) {
            addDiastasis();
        }
    }

    /** The rows with a width typed; a refused row's problem is kept under {@link VisitInputs#diastasisKey}. */
    List<DiastasisMeasurement> readDiastasis(FieldReader fields) {
        List<DiastasisMeasurement> measured = new ArrayList<>();
        for (int i = 0; i < diastasis.size(); i++) {
            Optional<DiastasisMeasurement> row = fields.read(VisitInputs.diastasisKey(i), diastasis.get(i)::read);
            if (row != null) {
                row.ifPresent(measured::add);
            }
        }
        return measured;
    }

    /** The scores typed, by measure key; a refused one's problem is kept under {@link VisitInputs#scoreKey}. */
    Map<String, Double> readScores(FieldReader fields) {
        Map<String, Double> scored = new LinkedHashMap<>();
        for (ScoreInput score : scores) {
            Double value = fields.read(VisitInputs.scoreKey(score.measure()), score::read);
            if (value != null) {
                scored.put(score.measure().key(), value);
            }
        }
        return scored;
    }

    public ObservableList<DiastasisInput> diastasis() {
        return diastasis;
    }

    public ObservableList<ScoreInput> scores() {
        return scores;
    }
}
