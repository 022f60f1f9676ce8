package org.restride.ui.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.restride.domain.Equipment;
import org.restride.domain.ImpactLevel;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.store.ExerciseQuery;
import org.restride.store.ExerciseListing;
import org.restride.store.ExerciseSearchIndex;
import org.restride.text.Words;
import org.restride.ui.common.TaskRunner;

/** Searching the library as the PT types: words and filters in, matching exercises out (newest query wins). */
public final class ExerciseSearchViewModel {
    static final int LIMIT = 500;

    private final ExerciseSearchIndex library;
    private final TaskRunner tasks;
    private final Words words;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableSet<PhaseKind> phases = FXCollections.observableSet();
    private final ObservableSet<Region> regions = FXCollections.observableSet();
    private final ObservableSet<Equipment> equipment = FXCollections.observableSet();
    private final ObservableSet<Position> positions = FXCollections.observableSet();
    private final ObservableSet<ImpactLevel> impacts = FXCollections.observableSet();
    private final BooleanProperty includeArchived = new SimpleBooleanProperty(false);
    private final ObservableList<ExerciseListing> results = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();

    public ExerciseSearchViewModel(ExerciseSearchIndex library, TaskRunner tasks, Words words) {
        this.words = words;
        this.library = library;
        this.tasks = tasks;
        for (Observable input : List.<Observable>of(text, phases, regions, equipment, positions, impacts, includeArchived)) {
            input.addListener(o -> refresh());
        }
    }

    public ExerciseQuery query() {
        return new ExerciseQuery(text.get(), phases, regions, equipment, positions, impacts, includeArchived.get());
    }

    /** Runs the search again, for example after the library changed. */
    public void refresh() {
        ExerciseQuery query = query();
        long mine = generation.incrementAndGet();
        tasks.run(words.get("ui-search.searching"), () -> library.search(query, LIMIT), found -> {
            if (generation.get() == mine) {
                results.setAll(found);
            }
        }, failure -> results.clear());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableSet<PhaseKind> phases() {
        return phases;
    }

    public ObservableSet<Region> regions() {
        return regions;
    }

    public ObservableSet<Equipment> equipment() {
        return equipment;
    }

    public ObservableSet<Position> positions() {
        return positions;
    }

    public ObservableSet<ImpactLevel> impacts() {
        return impacts;
    }

    public BooleanProperty includeArchivedProperty() {
        return includeArchived;
    }

    public ObservableList<ExerciseListing> results() {
        return results;
    }
}
