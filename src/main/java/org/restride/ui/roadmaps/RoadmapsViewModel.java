package org.restride.ui.roadmaps;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.text.Words;
import org.restride.domain.TextFold;
import org.restride.domain.RoadmapListing;

/**
 * All roadmaps, newest first, filtered by patient or title as the PT types. The rows are read in one query when
 * the list is shown; a keystroke in the filter reads nothing.
 */
public final class RoadmapsViewModel {
    private final Supplier<List<RoadmapListing>> listings;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<RoadmapSummary> rows = FXCollections.observableArrayList();
    private List<Row> all = List.of();

    private record Row(RoadmapSummary summary, String folded) {
    }

    private final Words words;

    public RoadmapsViewModel(Supplier<List<RoadmapListing>> listings, Words words) {
        this.listings = listings;
        this.words = words;
        filter.addListener(o -> applyFilter());
    }

    /** Reads the list again (the section is shown, or the editor closed). */
    public void refresh() {
        all = listings.get().stream().map(r -> RoadmapSummary.of(r, words))
                .map(s -> new Row(s, TextFold.fold(s.patientName() + " " + s.title()))).toList();
        applyFilter();
    }

    private void applyFilter() {
        String wanted = TextFold.fold(filter.get().strip());
        rows.setAll(all.stream().filter(r -> wanted.isEmpty() || r.folded().contains(wanted)).map(Row::summary).toList());
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<RoadmapSummary> rows() {
        return rows;
    }
}
