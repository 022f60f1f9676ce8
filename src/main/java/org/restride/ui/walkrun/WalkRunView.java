package org.restride.ui.walkrun;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.restride.text.Words;
import org.restride.ui.common.Buttons;

/**
 * The walk–run plan of a roadmap's running phase: her starting point, the weeks it gives, and one week to edit or
 * to repeat after symptoms. Shown in a window of its own over the roadmap editor.
 */
public final class WalkRunView {
    /** Room for "1 min 30 s" and the headers, with the rest for the note. */
    private static final double[] COLUMN_WIDTHS = {56, 96, 96, 76, 142, 142, 180};

    private final WalkRunViewModel model;
    private final VBox root = new VBox(10);
    private final TableView<List<String>> table = new TableView<>();

    private final Words words;

    public WalkRunView(WalkRunViewModel model, Words words) {
        this.model = model;
        this.words = words;
        root.getStyleClass().add("walk-run-view");
        root.setPadding(new Insets(4, 4, 4, 4));

        Label hint = new Label(words.get("ui-walkrun.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.setId("walk-run-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label warnings = new Label();
        warnings.setId("walk-run-warnings");
        warnings.getStyleClass().add("field-problem");
        warnings.setWrapText(true);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.warnings()),
                model.warnings()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        root.getChildren().addAll(hint, startRow(), problem("walk-run-start-problem", WalkRunViewModel.GOAL,
                WalkRunViewModel.RUN, WalkRunViewModel.WALK, WalkRunViewModel.REPEATS, WalkRunViewModel.SESSIONS), table(),
                weekRow(), problem("walk-run-week-problem", weekKey(WalkRunViewModel.RUN), weekKey(WalkRunViewModel.WALK),
                        weekKey(WalkRunViewModel.REPEATS), weekKey(WalkRunViewModel.SESSIONS), weekKey(WalkRunViewModel.WEEK)),
                warnings, message);
    }

    public Node root() {
        return root;
    }

    /** Called after each change to the plan (to show it in the handout preview). */
    public void onChange(Runnable changed) {
        model.planProperty().addListener(o -> changed.run());
    }

    /** Opens the editor over the window, for the roadmap, until the PT closes it. */
    public void showFor(long roadmapId, String phaseName, Window owner) {
        model.open(roadmapId);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(words.get("ui-walkrun.title"));
        dialog.setHeaderText(words.get("ui-walkrun.header", phaseName));
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().setPrefSize(860, 640);
        dialog.getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setOnHidden(e -> dialog.getDialogPane().setContent(null));
        dialog.show();
    }

    private static String weekKey(String field) {
        return WalkRunViewModel.WEEK + "-" + field;
    }

    private Node startRow() {
        Button build = Buttons.of(words.get("ui-walkrun.build"), Feather.REFRESH_CW, "walk-run-build", model::build);
        build.getStyleClass().add("accent");
        FlowPane row = new FlowPane(8, 8, new Label(words.get("ui-walkrun.startRun")), field("walk-run-run", model.runProperty(), 64),
                new Label(words.get("ui-walkrun.walk")), field("walk-run-walk", model.walkProperty(), 64), new Label("×"),
                field("walk-run-repeats", model.repeatsProperty(), 48), new Label(","),
                field("walk-run-sessions", model.sessionsProperty(), 48), new Label(words.get("ui-walkrun.sessionsGoal")),
                field("walk-run-goal", model.goalProperty(), 48), new Label(words.get("ui-walkrun.goalMinutes")), build);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node table() {
        table.setId("walk-run-weeks");
        table.setPrefHeight(320);
        table.setItems(model.rows());
        List<String> headers = model.headers();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(headers.get(i));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            c.setSortable(false);
            c.setPrefWidth(COLUMN_WIDTHS[column]);
            table.getColumns().add(c);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(words.get("ui-walkrun.noPlan")));
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> model.selectWeek(now.intValue() + 1));
        model.rows().addListener((ListChangeListener<List<String>>) c -> {
            int week = model.weekProperty().get();
            if (week > 0 && week <= model.rows().size()) {
                table.getSelectionModel().select(week - 1);
            }
        });
        return table;
    }

    private Node weekRow() {
        Label title = new Label();
        title.getStyleClass().add("exercise-name");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.weekProperty().get() == 0
                ? words.get("ui-walkrun.chooseWeek") : words.get("ui-walkrun.week", model.weekProperty().get()),
                model.weekProperty()));
        Button save = Buttons.of(words.get("ui-walkrun.saveWeek"), Feather.CHECK, "walk-run-save-week", model::saveWeek);
        Button symptoms = Buttons.of(words.get("ui-walkrun.repeat"), Feather.ROTATE_CCW, "walk-run-symptoms",
                model::symptomsInWeek);
        FlowPane row = new FlowPane(8, 8, title, new Label(words.get("ui-walkrun.run")),
                field("walk-run-week-run", model.weekRunProperty(), 64),
                new Label(words.get("ui-walkrun.walk")), field("walk-run-week-walk", model.weekWalkProperty(), 64), new Label("×"),
                field("walk-run-week-repeats", model.weekRepeatsProperty(), 48), new Label(","),
                field("walk-run-week-sessions", model.weekSessionsProperty(), 48), new Label(words.get("ui-walkrun.aWeek")),
                save, symptoms);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.weekProperty().isEqualTo(0));
        Button remove = Buttons.of(words.get("ui-walkrun.remove"), Feather.TRASH_2, "walk-run-remove", model::remove);
        remove.getStyleClass().add("flat");
        remove.disableProperty().bind(model.planProperty().isNull());
        return new VBox(8, row, remove);
    }

    private static TextField field(String id, StringProperty bound, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        field.setMinWidth(width);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    /** The problems with any of these fields, one a line. */
    private Label problem(String id, String... keys) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> java.util.Arrays.stream(keys)
                .map(model.problems()::get).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("\n")), model.problems()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
