package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Small helpers for lists in SQL: placeholders, binding, and comma-joined keys. */
final class SqlLists {
    private SqlLists() {
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Binds the values from {@code first} on and returns the next free index. */
    static int bind(PreparedStatement st, int first, Collection<?> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            st.setObject(i++, value);
        }
        return i;
    }

    static <E> List<E> keys(String joined, Function<String, E> parse) {
        List<E> out = new ArrayList<>();
        if (joined != null && !joined.isEmpty()) {
            for (String key : joined.split(",")) {
                out.add(parse.apply(key));
            }
        }
        return out;
    }
}
