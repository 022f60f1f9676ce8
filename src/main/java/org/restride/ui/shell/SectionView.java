package org.restride.ui.shell;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** What a section shows, and how it answers the window's commands. Commands a section lacks do nothing. */
public interface SectionView {
    Node node();

    /** Words after "Restride — " in the window title: what is open. */
    ObservableValue<String> titleDetail();

    default void newItem() {
    }

    default void find() {
    }

    default void undo() {
    }

    /** What Edit ▸ Undo says now ("Undo rest time"); empty when the section names no step (the menu's plain words). */
    default ObservableValue<String> undoLabel() {
        return new SimpleStringProperty("");
    }

    /** What Edit ▸ Redo says now; empty when the section names no step. */
    default ObservableValue<String> redoLabel() {
        return new SimpleStringProperty("");
    }

    default void redo() {
    }

    default void print() {
    }

    default void exportPdf() {
    }

    /** Called each time the section is shown, to refresh what may have changed elsewhere. */
    default void shown() {
    }
}
