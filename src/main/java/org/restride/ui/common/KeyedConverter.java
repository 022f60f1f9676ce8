package org.restride.ui.common;

import javafx.util.StringConverter;
import org.restride.domain.Keyed;
import org.restride.text.Words;

/** Shows a closed-set value by its label. */
public final class KeyedConverter<E extends Enum<E> & Keyed> extends StringConverter<E> {
    private final Words words;

    public KeyedConverter(Words words) {
        this.words = words;
    }

    @Override
    public String toString(E value) {
        return value == null ? "" : words.label(value);
    }

    @Override
    public E fromString(String text) {
        return null;
    }
}
