package org.restride.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A closed set of values with a stable lower-case key (used in files and the database), taken from the constant's
 * name. What people read is not here: {@code Words.label} finds each value's label by key.
 */
public interface Keyed {
    String name();

    default String key() {
        return name().toLowerCase().replace('_', '-');
    }

    static <E extends Enum<E> & Keyed> E fromKey(Class<E> type, String field, String key) {
        for (E value : type.getEnumConstants()) {
            if (value.key().equals(key)) {
                return value;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
        throw new ValidationException(field, "oneOf", allowed, key);
    }
}
