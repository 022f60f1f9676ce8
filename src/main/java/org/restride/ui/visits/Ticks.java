package org.restride.ui.visits;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A tick box per value of a closed set (symptoms, red flags, energy signs), each heard when it changes. */
final class Ticks {
    private Ticks() {
    }

    static <E extends Enum<E>> Map<E, BooleanProperty> of(Class<E> type, InvalidationListener changed) {
        Map<E, BooleanProperty> ticks = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            BooleanProperty tick = new SimpleBooleanProperty(false);
            tick.addListener(changed);
            ticks.put(value, tick);
        }
        return ticks;
    }

    static <E extends Enum<E>> Set<E> chosen(Map<E, BooleanProperty> ticks) {
        return ticks.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    static void clear(Map<?, BooleanProperty> ticks) {
        ticks.values().forEach(p -> p.set(false));
    }
}
