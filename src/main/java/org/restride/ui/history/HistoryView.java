package org.restride.ui.history;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.restride.text.Words;
import org.restride.domain.Patient;
import org.restride.domain.measure.MeasureSeries;
import org.restride.ui.patients.PatientTab;

/**
 * The "History" tab: her scores over time on a chart with the severity bands, the timeline, newest first, and the
 * handouts she was given, each opened exactly as issued.
 */
public final class HistoryView implements PatientTab {
    private final HistoryViewModel model;
    private final IssuedHandoutsViewModel issued;
    private final VBox root = new VBox(8);
    private final ScoreChart chart;
    private final Words words;
    private Long patientId;

    public HistoryView(HistoryViewModel model, IssuedHandoutsViewModel issued, Words words) {
        this.model = model;
        this.issued = issued;
        this.words = words;
        this.chart = new ScoreChart(words, model::day);
        root.getStyleClass().add("history-view");
        root.setMinWidth(0);
        root.setPrefWidth(640);
        root.setPadding(new Insets(12, 16, 12, 16));
        Node timeline = timeline();
        VBox.setVgrow(timeline, Priority.ALWAYS);
        root.getChildren().addAll(scores(), timeline, handouts());
    }

    private Node scores() {
        Label title = new Label(words.get("ui-history.scores"));
        title.getStyleClass().add("title-4");
        ComboBox<MeasureSeries> measure = new ComboBox<>(model.series());
        measure.setId("history-measure");
        measure.valueProperty().bindBidirectional(model.chosenProperty());
        measure.setCellFactory(v -> new MeasureCell());
        measure.setButtonCell(new MeasureCell());
        measure.visibleProperty().bind(Bindings.isNotEmpty(model.series()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(10, title, spacer, measure);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("history-summary");
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());
        chart.setId("history-chart");
        chart.setPrefHeight(250);
        chart.setMinHeight(200);
        model.chosenProperty().addListener((o, old, now) -> chart.show(now));
        chart.show(model.chosenProperty().get());
        Label empty = new Label(words.get("ui-history.noScores"));
        empty.getStyleClass().add("empty-note");
        empty.visibleProperty().bind(Bindings.isEmpty(model.series()));
        chart.visibleProperty().bind(empty.visibleProperty().not());
        StackPane area = new StackPane(chart, empty);
        return new VBox(4, heading, summary, area);
    }

    private Node timeline() {
        Label title = new Label(words.get("ui-history.timeline"));
        title.getStyleClass().add("title-4");
        Label order = new Label(words.get("ui-history.newestFirst"));
        order.getStyleClass().add("hint");
        HBox heading = new HBox(10, title, order);
        heading.setAlignment(Pos.BASELINE_LEFT);
        ListView<TimelineItem> list = new ListView<>(model.entries());
        list.setId("history-timeline");
        list.setCellFactory(v -> new TimelineCell(model::day));
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.messageProperty());
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(6, heading, list);
    }

    /** The handouts she was given, newest first; each opens exactly as it was issued. */
    private Node handouts() {
        Label title = new Label(words.get("ui-history.handouts"));
        title.getStyleClass().add("title-4");
        ListView<IssuedHandoutsViewModel.Row> list = new ListView<>(issued.rows());
        list.setId("history-handouts");
        list.setPrefHeight(120);
        Label placeholder = new Label();
        placeholder.textProperty().bind(issued.messageProperty());
        list.setPlaceholder(placeholder);
        Button open = new Button(words.get("ui-history.openAsIssued"));
        open.setId("history-open-handout");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> issued.open(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                issued.open(list.getSelectionModel().getSelectedItem());
            }
        });
        Label note = new Label();
        note.getStyleClass().add("hint");
        note.textProperty().bind(Bindings.when(Bindings.isEmpty(issued.rows())).then("")
                .otherwise(issued.messageProperty()));
        HBox heading = new HBox(10, title, new Region(), open);
        HBox.setHgrow(heading.getChildren().get(1), Priority.ALWAYS);
        heading.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, list, note);
    }

    @Override
    public String title() {
        return words.get("ui-history.tab");
    }

    @Override
    public String id() {
        return "history-tab";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void showPatient(Patient patient) {
        Long id = patient == null ? null : patient.id();
        if (id != null && id.equals(patientId)) {
            return; // her own details typed in: her history and handouts are as they were
        }
        patientId = id;
        model.show(patientId);
        issued.show(patientId);
    }

    @Override
    public void shown() {
        model.reload();
        issued.show(patientId);
    }

    /** A measure in the chooser, by its name. */
    private static final class MeasureCell extends ListCell<MeasureSeries> {
        @Override
        protected void updateItem(MeasureSeries series, boolean empty) {
            super.updateItem(series, empty);
            setText(empty || series == null ? null : series.measure().name());
        }
    }
}
