package org.restride.ui.shell;

import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.restride.text.Words;
import org.restride.ui.common.Icons;
import org.restride.ui.common.TaskRunner;

/** The main window's frame: menu bar, sidebar, the section on show, and a status line. */
public final class ShellView {
    private final ShellViewModel model;
    private final Map<Section, Supplier<SectionView>> factories;
    private final Map<Section, SectionView> created = new EnumMap<>(Section.class);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup sidebarGroup = new ToggleGroup();
    private final StringProperty titleDetail = new SimpleStringProperty("");
    private final Runnable quit;
    private final Words words;
    private Menu fileMenu;
    private MenuItem undoItem;
    private MenuItem redoItem;

    public ShellView(ShellViewModel model, Map<Section, Supplier<SectionView>> factories, TaskRunner tasks, Runnable quit,
            Words words) {
        this.model = model;
        this.words = words;
        this.factories = factories;
        this.quit = quit;
        root.getStyleClass().add("shell");
        root.setTop(menuBar());
        root.setLeft(sidebar());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(statusBar(tasks));
        model.sectionProperty().addListener((obs, old, now) -> showSection(now));
        showSection(model.sectionProperty().get());
    }

    public BorderPane root() {
        return root;
    }

    /** "Restride — what is open". */
    public ObservableValue<String> title() {
        return Bindings.createStringBinding(
                () -> titleDetail.get().isBlank() ? words.get("ui-shell.title")
                        : words.get("ui-shell.titleWith", titleDetail.get()), titleDetail);
    }

    public SectionView section(Section section) {
        return created.computeIfAbsent(section, s -> factories.get(s).get());
    }

    private SectionView current() {
        return section(model.sectionProperty().get());
    }

    private void showSection(Section section) {
        SectionView view = section(section);
        content.getChildren().setAll(view.node());
        titleDetail.unbind();
        titleDetail.bind(view.titleDetail());
        undoItem.textProperty().unbind();
        undoItem.textProperty().bind(orPlain(view.undoLabel(), "ui-shell.undo"));
        redoItem.textProperty().unbind();
        redoItem.textProperty().bind(orPlain(view.redoLabel(), "ui-shell.redo"));
        sidebarGroup.getToggles().stream()
                .filter(t -> t.getUserData() == section)
                .findFirst()
                .ifPresent(t -> t.setSelected(true));
        view.shown();
    }

    /** The section's name for the step, or the menu's plain words when it names none. */
    private ObservableValue<String> orPlain(ObservableValue<String> label, String plainKey) {
        return Bindings.createStringBinding(() -> label.getValue() == null || label.getValue().isEmpty()
                ? words.get(plainKey) : label.getValue(), label);
    }

    private Node sidebar() {
        VBox bar = new VBox(4);
        bar.getStyleClass().add("sidebar");
        bar.setPadding(new Insets(16, 10, 16, 10));
        Label brand = new Label(words.get("ui-shell.title"));
        brand.getStyleClass().add("brand");
        bar.getChildren().add(brand);
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(words.get(section.titleKey()), Icons.sized(section.icon(), 18));
            button.setId("nav-" + section.name().toLowerCase());
            button.setUserData(section);
            button.setToggleGroup(sidebarGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> {
                button.setSelected(true);
                model.show(section);
            });
            bar.getChildren().add(button);
        }
        return bar;
    }

    private MenuBar menuBar() {
        Menu file = fileMenu = new Menu(words.get("ui-shell.menu.file"), null,
                item(words.get("ui-shell.new"), "Shortcut+N", () -> current().newItem()),
                new SeparatorMenuItem(),
                item(words.get("ui-shell.exportPdf"), "Shortcut+E", () -> current().exportPdf()),
                item(words.get("ui-shell.print"), "Shortcut+P", () -> current().print()),
                new SeparatorMenuItem(),
                item(words.get("ui-shell.quit"), "Shortcut+Q", quit));
        undoItem = item(words.get("ui-shell.undo"), "Shortcut+Z", () -> current().undo());
        redoItem = item(words.get("ui-shell.redo"), "Shortcut+Shift+Z", () -> current().redo());
        Menu edit = new Menu(words.get("ui-shell.menu.edit"), null,
                undoItem,
                redoItem,
                item(words.get("ui-shell.redo"), "Shortcut+Y", () -> current().redo()),
                new SeparatorMenuItem(),
                item(words.get("ui-shell.find"), "Shortcut+F", () -> current().find()));
        edit.getItems().get(2).setVisible(false);
        Menu view = new Menu(words.get("ui-shell.menu.view"));
        for (Section section : Section.values()) {
            view.getItems().add(item(words.get(section.titleKey()), "Shortcut+" + (section.ordinal() + 1),
                    () -> model.show(section)));
        }
        CheckMenuItem dark = new CheckMenuItem(words.get("ui-shell.darkTheme"));
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Adds items to the File menu, above Quit. */
    public void addFileItems(List<MenuItem> items) {
        int quitAt = fileMenu.getItems().size() - 1;
        fileMenu.getItems().add(quitAt, new SeparatorMenuItem());
        fileMenu.getItems().addAll(quitAt, items);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node statusBar(TaskRunner tasks) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(Bindings.when(tasks.busyProperty())
                .then(tasks.activityProperty()).otherwise(model.statusProperty()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(tasks.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, progress);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }
}
