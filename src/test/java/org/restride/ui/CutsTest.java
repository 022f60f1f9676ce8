package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.restride.ui.common.FittedCell;
import org.restride.ui.common.GrowingText;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Each check of {@link Cuts} finds the cut it names on a small window made to show it, so the 1366×768 tests can
 * fail; and the window's own remedies (a growing text box, a fitted row) leave nothing for them to find.
 */
@ExtendWith(ApplicationExtension.class)
class CutsTest {
    private static final String LONG = "When 15 feel easy, with no symptoms, move on to the next step: Squat with a band";
    private final VBox root = new VBox(8);

    @Start
    void start(Stage stage) {
        stage.setMaximized(false);
        stage.setScene(new Scene(root, 400, 600));
        stage.setWidth(400);
        stage.setHeight(600);
        stage.show();
    }

    private List<String> found(ScreenTour.Check check, Region... shown) {
        List<String> found = new ArrayList<>();
        AppHarness.onFx(() -> root.getChildren().setAll(shown));
        AppHarness.onFx(() -> {
            root.applyCss();
            root.layout();
        });
        AppHarness.onFx(() -> {
            root.applyCss();
            root.layout();
            check.find(root, "test", found);
        });
        return found;
    }

    @Test
    void aFieldNarrowerThanItsTextIsCutAndAWideEnoughOneIsNot() {
        TextField narrow = new TextField(LONG);
        narrow.setMaxWidth(120);
        TextField wide = new TextField("3 s down");
        wide.setMaxWidth(200);
        List<String> found = found(Cuts::fields, narrow, wide);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("next step"), found.get(0));
    }

    @Test
    void aBoxHidingLinesIsCutAndAGrowingOneIsNot() {
        TextArea fixed = new TextArea(LONG + " " + LONG);
        fixed.setWrapText(true);
        fixed.setPrefRowCount(1);
        fixed.setMaxWidth(300);
        TextArea growing = GrowingText.fit(new TextArea(LONG + " " + LONG), 1);
        growing.setId("growing");
        growing.setMaxWidth(300);
        List<String> found = found(Cuts::textAreas, fixed, growing);
        assertEquals(1, found.size(), found.toString());
        assertTrue(!found.get(0).contains("#growing"), found.get(0));
    }

    @Test
    void aRowTallerThanItsCellIsCutAndAFittedRowIsNot() {
        ListView<String> squeezed = rows(false);
        squeezed.setFixedCellSize(20);
        ListView<String> fitted = rows(true);
        fitted.setId("fitted");
        List<String> found = found(Cuts::cells, squeezed, fitted);
        assertEquals(2, found.size(), "the squeezed list's two rows: " + found);
        assertTrue(found.stream().noneMatch(f -> f.contains("#fitted")), found.toString());
    }

    private static ListView<String> rows(boolean fitted) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(LONG, LONG));
        list.setPrefHeight(240);
        list.setCellFactory(v -> {
            ListCell<String> cell = fitted ? new FittedCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setGraphic(empty ? null : wrapped(item));
                }
            } : new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setGraphic(empty ? null : wrapped(item));
                }
            };
            cell.setPrefWidth(0);
            return cell;
        });
        return list;
    }

    private static VBox wrapped(String text) {
        Label name = new Label("Name");
        Label detail = new Label(text);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, name, detail);
        box.setMinWidth(0);
        return box;
    }

    @Test
    void aLabelPastTheEdgeOfABoxThatCutsOrOfTheWindowIsCut() {
        Pane side = new Pane(new Label(LONG));
        side.setPrefSize(120, 30);
        side.setMaxWidth(120);
        side.setClip(new Rectangle(120, 30));
        Label pastTheWindow = new Label((LONG + " ").repeat(40)); // wider than any screen
        pastTheWindow.setMinWidth(Region.USE_PREF_SIZE);
        Label inside = new Label("Sets");
        List<String> found = found(Cuts::clipped, side, pastTheWindow, inside);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(1).contains("the window"), found.get(1));
    }

    @Test
    void aLabelEndingInAnEllipsisIsCutWrappedOrNot() {
        Label one = new Label(LONG);
        one.setMaxWidth(120);
        Label wrapped = new Label(LONG);
        wrapped.setWrapText(true);
        wrapped.setMaxWidth(120);
        wrapped.setMaxHeight(20);
        Label whole = new Label("Sets");
        List<String> found = found(Cuts::ellipsis, one, wrapped, whole);
        assertEquals(2, found.size(), found.toString());
    }
}
