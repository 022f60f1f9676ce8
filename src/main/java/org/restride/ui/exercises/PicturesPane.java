package org.restride.ui.exercises;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Exercise;
import org.restride.figure.BasePoses;
import org.restride.figure.Figure;
import org.restride.library.PictureFinder;
import org.restride.text.Words;
import org.restride.ui.common.Buttons;
import org.restride.ui.common.Icons;
import org.restride.ui.figure.FigureView;
import org.restride.ui.figure.PoseEditorModel;
import org.restride.ui.figure.PoseEditorWindow;

/**
 * The chosen exercise's picture as it prints, and for the clinic's own exercises: its photos, which one prints,
 * adding and deleting photos, and drawing the figure.
 */
final class PicturesPane extends VBox {
    /** The handout's picture box is 120 × 90 pt: the large view and the tiles keep its shape. */
    private static final double LARGE_WIDTH = 240;
    private static final double LARGE_HEIGHT = 180;
    private static final double TILE_WIDTH = 120;
    private static final double TILE_HEIGHT = 90;

    private final PicturesViewModel model;
    private final FileDialogs files;
    private final BasePoses bases;
    private final Words words;
    private final StackPane large = frame(LARGE_WIDTH, LARGE_HEIGHT, "picture-large");
    private final Label caption = new Label();
    private final VBox side = new VBox(8);
    private final FlowPane strip = new FlowPane(18, 10);
    private final Label message = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final HBox messageRow = new HBox(8, progress, message);

    PicturesPane(PicturesViewModel model, FileDialogs files, Words words) {
        super(10);
        this.model = model;
        this.files = files;
        this.words = words;
        this.bases = model.bases();
        getStyleClass().add("pictures-pane");
        Label heading = new Label(words.get("ui-pictures.heading"));
        heading.getStyleClass().add("title-4");
        caption.setId("picture-caption");
        caption.setWrapText(true);
        message.setId("picture-message");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.importingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        messageRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox top = new HBox(18, large, side);
        strip.setId("photo-strip");
        strip.managedProperty().bind(strip.visibleProperty());
        getChildren().addAll(heading, top, strip);
        InvalidationListener redraw = o -> refresh();
        model.photos().addListener(redraw);
        model.drawingProperty().addListener(redraw);
        model.exerciseProperty().addListener(redraw);
        refresh();
    }

    private void refresh() {
        Exercise exercise = model.exerciseProperty().get();
        PicturesViewModel.PhotoItem printed = model.printedPhoto().get();
        PictureFinder.Drawing drawing = model.drawingProperty().get();
        large.getChildren().setAll(printed != null ? photo(printed.image(), LARGE_WIDTH, LARGE_HEIGHT)
                : drawing != null ? figure(drawing.figure(), LARGE_WIDTH, LARGE_HEIGHT) : empty(words.get("ui-pictures.noneYet")));
        caption.setText(caption(exercise, printed, drawing));
        side.getChildren().setAll(caption);
        if (exercise != null && model.canChange()) {
            side.getChildren().add(actions(drawing));
        }
        side.getChildren().add(messageRow);
        strip.getChildren().clear();
        strip.setVisible(exercise != null && model.canChange() && !model.photos().isEmpty());
        if (strip.isVisible()) {
            ToggleGroup prints = new ToggleGroup();
            strip.getChildren().add(drawingTile(drawing, printed == null, prints));
            model.photos().forEach(item -> strip.getChildren().add(photoTile(item, prints)));
        }
    }

    private String caption(Exercise exercise, PicturesViewModel.PhotoItem printed, PictureFinder.Drawing drawing) {
        if (exercise == null) {
            return "";
        }
        if (exercise.isBuiltIn()) {
            return words.get(drawing == null ? "ui-pictures.builtInNoDrawing" : "ui-pictures.builtInDrawing", model.copyFirst());
        }
        if (printed != null) {
            return words.get("ui-pictures.captionPhoto", printed.photo().fileName());
        }
        if (drawing == null) {
            return words.get("ui-pictures.captionNone");
        }
        return words.get(drawing.clinics() ? "ui-pictures.captionOwn" : "ui-pictures.captionBuiltIn");
    }

    private Node actions(PictureFinder.Drawing drawing) {
        Button add = Buttons.of(words.get("ui-pictures.addPhoto"), Feather.IMAGE, "add-photo", () ->
                files.choosePicture(getScene() == null ? null : getScene().getWindow()).ifPresent(model::addPhoto));
        add.disableProperty().bind(model.importingProperty());
        Button draw = Buttons.of(words.get(drawing != null && drawing.clinics() ? "ui-pictures.changeDrawing" : "ui-pictures.draw"),
                Feather.EDIT_3, "draw-figure", this::openPoseEditor);
        FlowPane buttons = new FlowPane(8, 8, add, draw);
        if (drawing != null && drawing.clinics()) {
            buttons.getChildren().add(removeDrawing(buttons));
        }
        return buttons;
    }

    /** Goes back to the built-in drawing, or removes the clinic's drawing when there is no built-in one. */
    private Button removeDrawing(FlowPane buttons) {
        boolean builtIn = model.hasBuiltInDrawing();
        Button remove = new Button(words.get(builtIn ? "ui-pictures.useBuiltIn" : "ui-pictures.removeDrawing"),
                Icons.of(builtIn ? Feather.ROTATE_CCW : Feather.TRASH_2));
        remove.setId("remove-drawing");
        remove.setOnAction(e -> askFirst(buttons, remove, words.get(builtIn ? "ui-pictures.askBuiltIn" : "ui-pictures.askRemove"),
                words.get(builtIn ? "ui-pictures.useBuiltIn" : "ui-pictures.remove"), model::removeOwnDrawing));
        return remove;
    }

    private void openPoseEditor() {
        Exercise exercise = model.exerciseProperty().get();
        Figure start = model.drawingToEdit().orElseGet(() -> PoseEditorModel.fresh(bases));
        new PoseEditorWindow(new PoseEditorModel(bases, start), exercise.name(), model::saveDrawing, words)
                .show(getScene() == null ? null : getScene().getWindow());
    }

    private Node drawingTile(PictureFinder.Drawing drawing, boolean printing, ToggleGroup prints) {
        Node picture = drawing == null ? empty(words.get("ui-pictures.noDrawingTile")) : figure(drawing.figure(), TILE_WIDTH, TILE_HEIGHT);
        RadioButton choice = new RadioButton(words.get("ui-pictures.printDrawing"));
        choice.setId("print-drawing");
        choice.setToggleGroup(prints);
        choice.setSelected(printing);
        choice.setOnAction(e -> model.printDrawing());
        return tile(frame(TILE_WIDTH, TILE_HEIGHT, null, picture), underTile(choice));
    }

    private Node photoTile(PicturesViewModel.PhotoItem item, ToggleGroup prints) {
        RadioButton choice = new RadioButton(words.get("ui-pictures.printThis"));
        choice.setToggleGroup(prints);
        choice.setSelected(item.photo().printed());
        choice.setOnAction(e -> model.printPhoto(item.photo()));
        Button delete = new Button(null, Icons.of(Feather.TRASH_2));
        delete.getStyleClass().add("flat");
        delete.setTooltip(new Tooltip(words.get("ui-pictures.deletePhoto")));
        delete.setAccessibleText(words.get("ui-pictures.deleteNamed", item.photo().fileName()));
        HBox row = underTile(choice, delete);
        VBox tile = tile(frame(TILE_WIDTH, TILE_HEIGHT, null, photo(item.image(), TILE_WIDTH, TILE_HEIGHT)), row);
        tile.getStyleClass().add("photo-tile");
        Tooltip.install(tile.getChildren().get(0), new Tooltip(item.photo().fileName()));
        delete.setOnAction(e -> askFirst(tile, row, words.get("ui-pictures.askDelete"), words.get("ui-pictures.delete"),
                () -> model.delete(item.photo())));
        return tile;
    }

    /** Asks in place before something is thrown away: the node gives way to the question until it is answered. */
    private void askFirst(Pane parent, Node asker, String question, String yesText, Runnable yes) {
        int at = parent.getChildren().indexOf(asker);
        Label ask = new Label(question);
        ask.setWrapText(true);
        Button confirm = Buttons.of(yesText, Feather.CHECK, "confirm-discard", yes);
        confirm.getStyleClass().add("danger");
        VBox box = new VBox(4, ask);
        Button keep = Buttons.of(words.get("ui-pictures.keep"), Feather.X, "keep", () -> parent.getChildren().set(at, asker));
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        box.getChildren().add(new HBox(4, confirm, keep));
        parent.getChildren().set(at, box);
        keep.requestFocus();
    }

    /** The row under a tile's picture; the same height on every tile, so the choices line up. */
    private static HBox underTile(Node... nodes) {
        HBox row = new HBox(2, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(34);
        return row;
    }

    private static VBox tile(Node picture, Node under) {
        VBox tile = new VBox(6, picture, under);
        tile.getStyleClass().add("picture-tile");
        return tile;
    }

    private static StackPane frame(double width, double height, String id, Node... content) {
        StackPane frame = new StackPane(content);
        frame.getStyleClass().add("picture-frame");
        frame.setMinSize(width, height);
        frame.setPrefSize(width, height);
        frame.setMaxSize(width, height);
        if (id != null) {
            frame.setId(id);
        }
        return frame;
    }

    private Node figure(Figure figure, double width, double height) {
        FigureView view = new FigureView(width, height, words);
        view.setFigure(figure);
        return view;
    }

    private Node photo(Image image, double width, double height) {
        if (image == null) {
            return empty(words.get("ui-pictures.cannotShow"));
        }
        ImageView view = new ImageView(image);
        view.setAccessibleText(words.get("ui-pictures.photoAccessible"));
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        return view;
    }

    private static Node empty(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }
}
