package org.restride.ui.roadmaps;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.domain.Patient;
import org.restride.domain.TextFold;
import org.restride.store.PatientRepository;
import org.restride.store.RoadmapRepository;

/** All roadmaps, newest first, filtered by patient or title as the PT types. */
public final class RoadmapsViewModel {
    private final RoadmapRepository roadmaps;
    private final PatientRepository patients;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<RoadmapSummary> rows = FXCollections.observableArrayList();

    public RoadmapsViewModel(RoadmapRepository roadmaps, PatientRepository patients) {
        this.roadmaps = roadmaps;
        this.patients = patients;
        filter.addListener(o -> refresh());
    }

    public void refresh() {
        Map<Long, String> names = patients.search("").stream().collect(Collectors.toMap(Patient::id, Patient::displayName));
        String wanted = TextFold.fold(filter.get().strip());
        rows.setAll(roadmaps.all().stream()
                .map(r -> RoadmapSummary.of(r, names.getOrDefault(r.patientId(), "")))
                .filter(s -> wanted.isEmpty() || TextFold.fold(s.patientName() + " " + s.title()).contains(wanted))
                .sorted(java.util.Comparator.comparing(RoadmapSummary::created).thenComparing(RoadmapSummary::id).reversed())
                .toList());
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<RoadmapSummary> rows() {
        return rows;
    }

}
