package org.restride.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A closed set of values with a stable lower-case key (used in files and the database) and a label for people.
 * Implemented by enums, which get both from their constant names.
 */
public interface Keyed {
    String name();

    default String key() {
        return name().toLowerCase().replace('_', '-');
    }

    default String label() {
        String words = name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static <E extends Enum<E> & Keyed> E fromKey(Class<E> type, String field, String key) {
        for (E value : type.getEnumConstants()) {
            if (value.key().equals(key)) {
                return value;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", "));
        throw new ValidationException(field, "must be one of " + allowed + " (was \"" + key + "\")");
    }
}
