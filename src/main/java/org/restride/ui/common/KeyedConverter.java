package org.restride.ui.common;

import javafx.util.StringConverter;
import org.restride.domain.Keyed;

/** Shows a closed-set value by its label. */
public final class KeyedConverter<E extends Keyed> extends StringConverter<E> {
    @Override
    public String toString(E value) {
        return value == null ? "" : value.label();
    }

    @Override
    public E fromString(String text) {
        return null;
    }
}
