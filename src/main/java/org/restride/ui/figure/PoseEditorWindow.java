package org.restride.ui.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.figure.Arrow;
import org.restride.figure.BodyPart;
import org.restride.figure.BodyPoint;
import org.restride.figure.Figure;
import org.restride.figure.PropType;
import org.restride.text.Words;
import org.restride.ui.common.Buttons;

/**
 * A small window to draw the figure of one of the clinic's exercises: a pose to start from, sliders for the
 * start and end frames, props, the working part and an arrow, with the picture as it prints beside them.
 */
public final class PoseEditorWindow {
    static final double WIDTH = 1120;
    static final double HEIGHT = 700;
    /** The handout's picture box is 120 × 90 pt: the preview keeps its shape. */
    private static final double PREVIEW_WIDTH = 400;
    private static final double PREVIEW_HEIGHT = 300;

    /** An entry of the arrow list: none, the arrows the drawing came with, or one arrow following a point. */
    private record ArrowChoice(String label, BodyPoint point, List<Arrow> kept) {
    }

    private final PoseEditorModel model;
    private final Consumer<Figure> onSave;
    private final Stage stage = new Stage();
    private final BooleanProperty bothSides = new SimpleBooleanProperty(false);
    private final Words words;
    private final FigureWords names;

    public PoseEditorWindow(PoseEditorModel model, String exerciseName, Consumer<Figure> onSave, Words words) {
        this.model = model;
        this.onSave = onSave;
        this.words = words;
        this.names = new FigureWords(words);
        stage.setTitle(words.get("ui-figure.windowTitle", exerciseName));
        BorderPane root = new BorderPane();
        root.getStyleClass().add("pose-editor");
        root.setPadding(new Insets(16, 20, 16, 20));
        Label title = new Label(words.get("ui-figure.title", exerciseName));
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label hint = new Label(words.get("ui-figure.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox top = new VBox(2, title, hint);
        BorderPane.setMargin(top, new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setLeft(preview());
        root.setCenter(sliders());
        root.setBottom(buttons());
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
    }

    /** Opens the window over the owner, with the owner's look. */
    public void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private Node preview() {
        FigureView view = new FigureView(PREVIEW_WIDTH, PREVIEW_HEIGHT, words);
        view.setId("pose-preview");
        view.figureProperty().bind(model.figureProperty());
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("picture-frame");
        frame.setMinSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        frame.setMaxSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        GridPane settings = new GridPane();
        settings.setHgap(10);
        settings.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(110);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints(200, 280, 290);
        settings.getColumnConstraints().addAll(labels, fields);
        addSetting(settings, 0, words.get("ui-figure.startFrom"), basePose());
        addSetting(settings, 1, words.get("ui-figure.movement"), movement());
        addSetting(settings, 2, words.get("ui-figure.props"), props());
        addSetting(settings, 3, words.get("ui-figure.accent"), accent());
        addSetting(settings, 4, words.get("ui-figure.arrow"), arrow());
        VBox left = new VBox(14, frame, settings);
        left.setPrefWidth(PREVIEW_WIDTH);
        BorderPane.setMargin(left, new Insets(0, 20, 0, 0));
        return left;
    }

    private static void addSetting(GridPane grid, int row, String title, Node field) {
        Label label = new Label(title);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (field instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
    }

    private Node basePose() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("pose-base");
        box.getItems().setAll(model.baseNames());
        box.setPromptText(words.get("ui-figure.choosePose"));
        box.setConverter(nameConverter());
        box.setVisibleRowCount(14);
        box.setOnAction(e -> {
            if (box.getValue() != null) {
                model.useBase(box.getValue());
            }
        });
        return box;
    }

    private Node movement() {
        CheckBox moves = new CheckBox(words.get("ui-figure.moves"));
        moves.setId("pose-moves");
        moves.setSelected(model.figure().moves());
        moves.selectedProperty().addListener((o, was, now) -> model.setMoves(now));
        ComboBox<Figure.Layout> layout = new ComboBox<>();
        layout.getItems().setAll(Figure.Layout.values());
        layout.setValue(model.figure().layout());
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(Figure.Layout value) {
                return words.get(value == Figure.Layout.PAIR ? "ui-figure.layout.pair" : "ui-figure.layout.overlay");
            }

            @Override
            public Figure.Layout fromString(String text) {
                return null;
            }
        });
        layout.setOnAction(e -> model.setLayout(layout.getValue()));
        layout.disableProperty().bind(moves.selectedProperty().not());
        layout.setMaxWidth(Double.MAX_VALUE);
        return new VBox(6, moves, layout);
    }

    private Node props() {
        CheckComboBox<PropType> box = new CheckComboBox<>();
        box.setId("pose-props");
        box.getItems().setAll(PropType.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(PropType type) {
                return type == null ? "" : names.of(type.key());
            }

            @Override
            public PropType fromString(String text) {
                return null;
            }
        });
        model.figure().props().forEach(p -> box.getCheckModel().check(p.type()));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<PropType>) c ->
                model.setProps(new ArrayList<>(box.getCheckModel().getCheckedItems())));
        return noneWhenEmpty(box);
    }

    private Node accent() {
        CheckComboBox<String> box = new CheckComboBox<>();
        box.setId("pose-accent");
        box.getItems().setAll(BodyPart.names());
        box.setConverter(nameConverter());
        model.figure().accent().forEach(name -> box.getCheckModel().check(name));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                model.setAccent(new ArrayList<>(box.getCheckModel().getCheckedItems())));
        return noneWhenEmpty(box);
    }

    /** Says "None" rather than showing an empty box when nothing is ticked. */
    private <T> CheckComboBox<T> noneWhenEmpty(CheckComboBox<T> box) {
        Runnable title = () -> box.setTitle(box.getCheckModel().getCheckedItems().isEmpty() ? words.get("ui-figure.none") : null);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> title.run());
        title.run();
        return box;
    }

    private Node arrow() {
        ComboBox<ArrowChoice> box = new ComboBox<>();
        box.setId("pose-arrow");
        List<Arrow> drawn = model.figure().arrows();
        ArrowChoice none = new ArrowChoice(words.get("ui-figure.noArrow"), null, List.of());
        box.getItems().add(none);
        if (!drawn.isEmpty()) {
            box.getItems().add(new ArrowChoice(words.get("ui-figure.asDrawn"), null, drawn));
        }
        Arrays.stream(BodyPoint.values()).map(p -> new ArrowChoice(words.get("ui-figure.follows",
                names.of(p.key()).toLowerCase(Locale.ROOT)), p,
                null)).forEach(box.getItems()::add);
        box.setValue(drawn.isEmpty() ? none : box.getItems().get(1));
        box.setVisibleRowCount(12);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArrowChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public ArrowChoice fromString(String text) {
                return null;
            }
        });
        box.setOnAction(e -> {
            ArrowChoice choice = box.getValue();
            if (choice != null && choice.point() != null) {
                model.setArrow(choice.point());
            } else if (choice != null) {
                model.setArrows(choice.kept());
            }
        });
        return box;
    }

    private Node sliders() {
        CheckBox together = new CheckBox(words.get("ui-figure.together"));
        together.setId("pose-both-sides");
        bothSides.bind(together.selectedProperty());
        TabPane tabs = new TabPane(frameTab(words.get("ui-figure.start"), PoseEditorModel.Frame.START),
                frameTab(words.get("ui-figure.end"), PoseEditorModel.Frame.END));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().get(1).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.figure().moves(), model.figureProperty()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return new VBox(8, together, tabs);
    }

    private Tab frameTab(String title, PoseEditorModel.Frame frame) {
        ScrollPane scroller = new ScrollPane(new JointSliders(model, frame, bothSides, words));
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab tab = new Tab(title, scroller);
        tab.setId("pose-tab-" + frame.name().toLowerCase(Locale.ROOT));
        return tab;
    }

    private Node buttons() {
        Button cancel = Buttons.of(words.get("ui-figure.cancel"), Feather.X, "pose-cancel", stage::close);
        cancel.setCancelButton(true);
        Button save = Buttons.of(words.get("ui-figure.save"), Feather.CHECK, "pose-save", () -> {
            onSave.accept(model.figure());
            stage.close();
        });
        save.setDefaultButton(true);
        HBox bar = new HBox(10, cancel, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        BorderPane.setMargin(bar, new Insets(12, 0, 0, 0));
        return bar;
    }

    private StringConverter<String> nameConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : names.of(key);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        };
    }
}
