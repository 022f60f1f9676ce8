package org.restride.ui.history;

import org.restride.app.Problems;
import org.restride.app.Wording;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.domain.Numbers;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.measure.MeasureSeries;
import org.restride.domain.progress.HistoryEntry;
import org.restride.store.MeasureRepository;
import org.restride.app.visits.PatientHistory;
import org.restride.text.Words;
import org.restride.ui.common.TaskRunner;

/**
 * A patient's history, read in the background: the timeline of roadmaps, visits, overrides, scores and phase
 * changes (newest first), and her scores on each measure for the chart.
 */
public final class HistoryViewModel {
    private final PatientHistory history;
    private final Wording wording;
    private final MeasureRepository measures;
    private final TaskRunner tasks;
    private final ObservableList<TimelineItem> entries = FXCollections.observableArrayList();
    private final ObservableList<MeasureSeries> series = FXCollections.observableArrayList();
    private final ObjectProperty<MeasureSeries> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final StringProperty message = new SimpleStringProperty("");
    private Long patientId;
    private long generation;
    private final DateTimeFormatter dayFormat;

    public HistoryViewModel(PatientHistory history, MeasureRepository measures, TaskRunner tasks, Wording wording) {
        this.history = history;
        this.wording = wording;
        this.measures = measures;
        this.tasks = tasks;
        this.dayFormat = DateTimeFormatter.ofPattern(wording.words().get("ui-history.dayPattern"), wording.words().locale());
        chosen.addListener((o, old, now) -> summary.set(summarise(now, wording.words())));
    }

    /** Shows the patient's history (null clears it); the patient already showing is not read again. */
    public void show(Long id) {
        if (id != null && id.equals(patientId)) {
            return;
        }
        patientId = id;
        reload();
    }

    /** Reads the history again; of several reads under way, only the newest is shown. */
    public void reload() {
        long ticket = ++generation;
        Long id = patientId;
        if (id == null) {
            entries.clear();
            series.clear();
            chosen.set(null);
            return;
        }
        tasks.run(wording.words().get("ui-history.reading"), () -> new Loaded(history.timeline(id), measures.seriesWithScores(id)),
                loaded -> {
                    if (ticket == generation) {
                        apply(loaded);
                    }
                },
                failure -> {
                    if (ticket == generation) {
                        message.set(wording.words().get("ui-history.unreadable", Problems.words(wording.words(), failure)));
                    }
                });
    }

    private record Loaded(List<HistoryEntry> timeline, List<MeasureSeries> series) {
    }

    private void apply(Loaded loaded) {
        entries.setAll(TimelineItem.of(loaded.timeline(), wording));
        String keep = chosen.get() == null ? null : chosen.get().measure().key();
        series.setAll(loaded.series());
        chosen.set(loaded.series().stream().filter(s -> s.measure().key().equals(keep)).findFirst()
                .orElse(loaded.series().isEmpty() ? null : loaded.series().get(0)));
        summary.set(summarise(chosen.get(), wording.words()));
        message.set(entries.isEmpty() ? wording.words().get("ui-history.empty") : "");
    }

    /** "Latest 4 (slight) on 3 Mar 2026 · 7 lower than on 12 Jan 2026". */
    private String summarise(MeasureSeries shown, Words words) {
        if (shown == null || shown.isEmpty()) {
            return "";
        }
        MeasureScore latest = shown.latest().orElseThrow();
        String text = words.get("ui-history.latest", shown.measure().describe(latest.value()), day(latest.date()));
        return shown.change().map(change -> {
            String since = day(shown.scores().get(0).date());
            if (change == 0) {
                return words.get("ui-history.same", text, since);
            }
            String by = Numbers.format(Math.abs(Math.round(change * 100) / 100.0));
            return words.get(change < 0 ? "ui-history.lower" : "ui-history.higher", text, by, since);
        }).orElse(text);
    }

    /** The timeline, newest first. */
    public ObservableList<TimelineItem> entries() {
        return entries;
    }

    public ObservableList<MeasureSeries> series() {
        return series;
    }

    public ObjectProperty<MeasureSeries> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** A day as the history shows it: "3 Mar 2026". */
    public String day(LocalDate date) {
        return dayFormat.format(date);
    }
}
