package org.restride.store;

import java.util.EnumMap;
import java.util.Map;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.SymptomContext;
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

    /** When each symptom happens, as "leaking=baseline,heaviness=with-exercise". */
    static String contexts(SymptomCheck check) {
        return Arrays.stream(PelvicSymptom.values()).filter(check.symptoms()::contains)
                .map(s -> s.key() + "=" + check.contextOf(s).key()).collect(Collectors.joining(","));
    }

    /** The symptoms with when each happens; a symptom with no stored context (saved before V7) came with exercise. */
    static Map<PelvicSymptom, SymptomContext> contexts(String symptoms, String contexts) {
        Map<PelvicSymptom, SymptomContext> out = new EnumMap<>(PelvicSymptom.class);
        SqlLists.keys(symptoms, PelvicSymptom::fromKey).forEach(s -> out.put(s, SymptomContext.WITH_EXERCISE));
        for (String pair : SqlLists.keys(contexts, p -> p)) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(PelvicSymptom.fromKey(pair.substring(0, eq)), SymptomContext.fromKey(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    static String key(Keyed value) {
        return value == null ? null : value.key();
    }
}
