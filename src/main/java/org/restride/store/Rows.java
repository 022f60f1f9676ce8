package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reading and writing the column types that JDBC leaves awkward: nullable numbers and dates. */
final class Rows {
    private Rows() {
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        Number value = number(rs, column);
        return value == null ? null : value.intValue();
    }

    /** A number column that may be empty (SQLite hands back Integer, Long or Double). */
    static Number number(ResultSet rs, String column) throws SQLException {
        return (Number) rs.getObject(column);
    }

    /** Binds a number that may be missing: null becomes SQL NULL. */
    static void integer(PreparedStatement st, int index, Number value) throws SQLException {
        st.setObject(index, value);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    /** The id SQLite gave the row just inserted; an insert without one is a programming error, never told as words. */
    static long insertedId(PreparedStatement st) throws SQLException {
        try (ResultSet keys = st.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new IllegalStateException("an insert returned no id");
            }
            return keys.getLong(1);
        }
    }
}
