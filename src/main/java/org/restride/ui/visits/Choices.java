package org.restride.ui.visits;

import javafx.scene.control.ListCell;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A drop-down of a few choices in the PT's words, bound both ways; an optional first choice stands for "none". */
final class Choices {
    private Choices() {
    }

    static <T> ComboBox<T> of(String id, List<T> choices, Function<T, String> words, ObjectProperty<T> bound) {
        return build(id, choices, words, null, bound);
    }

    /** With a first choice meaning "not given" (null), worded as {@code none}. */
    static <T> ComboBox<T> withNone(String id, String none, List<T> choices, Function<T, String> words,
                                    ObjectProperty<T> bound) {
        return build(id, choices, words, none, bound);
    }

    private static <T> ComboBox<T> build(String id, List<T> choices, Function<T, String> words, String none,
                                         ObjectProperty<T> bound) {
        List<T> items = new ArrayList<>();
        if (none != null) {
            items.add(null);
        }
        items.addAll(choices);
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? (none == null ? "" : none) : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && none == null ? null : box.getConverter().toString(item));
            }
        });
        box.valueProperty().bindBidirectional(bound);
        return box;
    }
}
