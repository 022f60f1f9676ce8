package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.restride.domain.Keyed;

/** Nullable numbers, yes/no values and sets of keys, as the visit and measure tables store them. */
final class VisitColumns {
    private VisitColumns() {
    }

    static void longValue(PreparedStatement st, int index, Long value) throws SQLException {
        Rows.integer(st, index, value);
    }

    static Long longValue(ResultSet rs, String column) throws SQLException {
        Number value = Rows.number(rs, column);
        return value == null ? null : value.longValue();
    }

    static void decimal(PreparedStatement st, int index, Double value) throws SQLException {
        Rows.integer(st, index, value);
    }

    static Double decimal(ResultSet rs, String column) throws SQLException {
        Number value = Rows.number(rs, column);
        return value == null ? null : value.doubleValue();
    }

    static void yesNo(PreparedStatement st, int index, Boolean value) throws SQLException {
        Rows.integer(st, index, value == null ? null : value ? 1 : 0);
    }

    static Boolean yesNo(ResultSet rs, String column) throws SQLException {
        Integer value = Rows.integer(rs, column);
        return value == null ? null : value == 1;
    }

    /** The keys of a set of enum values, in the enum's order, comma-joined. */
    static <E extends Enum<E> & Keyed> String keys(Class<E> type, Collection<E> values) {
        return Arrays.stream(type.getEnumConstants()).filter(values::contains).map(Keyed::key).collect(Collectors.joining(","));
    }

    static String key(Keyed value) {
        return value == null ? null : value.key();
    }
}
