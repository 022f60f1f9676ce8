package org.restride.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.restride.domain.Keyed;

/** The SQL of one library search, with its parameters in order. Only placeholders carry what the user chose. */
record ExerciseSearchSql(String sql, List<Object> parameters) {

    static ExerciseSearchSql build(ExerciseQuery query, String columns) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM exercises e");
        String match = FullTextQuery.of(query.text());
        if (match != null) {
            // Name counts most, then tags, then summary and cues.
            sql.append(" JOIN (SELECT rowid, bm25(exercise_search, 10.0, 2.0, 1.0, 4.0) AS score")
                    .append(" FROM exercise_search WHERE exercise_search MATCH ?) s ON s.rowid = e.pk");
            parameters.add(match);
        }
        sql.append(" WHERE 1 = 1");
        if (!query.includeArchived()) {
            sql.append(" AND e.archived = 0");
        }
        inColumn(sql, parameters, "e.region", query.regions());
        inColumn(sql, parameters, "e.position", query.positions());
        inColumn(sql, parameters, "e.impact", query.impacts());
        inLinked(sql, parameters, "exercise_phases", "phase", query.phases());
        inLinked(sql, parameters, "exercise_equipment", "equipment", query.equipment());
        sql.append(match != null ? " ORDER BY s.score, e.name" : " ORDER BY e.name COLLATE NOCASE");
        return new ExerciseSearchSql(sql.toString(), parameters);
    }

    private static void inColumn(StringBuilder sql, List<Object> parameters, String column, Set<? extends Keyed> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append(SqlLists.marks(values.size())).append(')');
        values.forEach(v -> parameters.add(v.key()));
    }

    private static void inLinked(StringBuilder sql, List<Object> parameters, String table, String column,
                                 Set<? extends Keyed> values) {
        if (values.isEmpty()) {
            return;
        }
        // IN, not a correlated EXISTS: joined with the full-text match, SQLite 3.51 returned an exercise once per
        // matching value of an EXISTS like this one.
        sql.append(" AND e.pk IN (SELECT l.exercise_pk FROM ").append(table).append(" l WHERE l.")
                .append(column).append(" IN (").append(SqlLists.marks(values.size())).append("))");
        values.forEach(v -> parameters.add(v.key()));
    }
}
