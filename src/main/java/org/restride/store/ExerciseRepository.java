package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.restride.codec.DosageJson;
import org.restride.domain.Equipment;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ImpactLevel;
import org.restride.domain.Keyed;
import org.restride.domain.PelvicFloorDemand;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.text.KeyedProblem;
import org.restride.text.Excerpt;
import org.restride.domain.Region;

/** The exercise library: built-in exercises and the clinic's own, with full-text search. */
public final class ExerciseRepository {
    private static final String COLUMNS = "e.pk, e.id, e.name, e.summary, e.steps, e.cues, e.mistakes, e.watch_for, "
            + "e.region, e.position, e.impact, e.pelvic_floor_demand, e.tags, e.default_dosage, e.easier_id, "
            + "e.harder_id, e.source, e.based_on_id, e.archived, "
            + "(SELECT group_concat(phase) FROM exercise_phases p WHERE p.exercise_pk = e.pk) AS phase_list, "
            + "(SELECT group_concat(equipment) FROM exercise_equipment q WHERE q.exercise_pk = e.pk) AS equipment_list";

    private final Database db;

    public ExerciseRepository(Database db) {
        this.db = db;
    }

    public Optional<Exercise> find(String id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM exercises e WHERE e.id = ?")) {
                st.setString(1, id);
                List<Exercise> found = readAll(st);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The exercises with these ids, keyed by id; ids not in the library are left out. */
    public Map<String, Exercise> findAll(Collection<String> ids) {
        Map<String, Exercise> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        db.read(c -> {
            String marks = SqlLists.marks(ids.size());
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM exercises e WHERE e.id IN (" + marks + ")")) {
                SqlLists.bind(st, 1, ids);
                readAll(st).forEach(e -> out.put(e.id(), e));
            }
            return null;
        });
        return out;
    }

    /**
     * Every exercise, by name. A row that no longer makes a valid exercise (changed outside Restride) is left out
     * and handed to {@code skipped}, so one damaged row does not hide the rest of the library.
     */
    public List<Exercise> all(boolean includeArchived, Consumer<DamagedRecordException> skipped) {
        return search(new ExerciseQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), includeArchived),
                Integer.MAX_VALUE, skipped);
    }

    /**
     * The clinic's own exercises (archived ones too), by name, for a file that shares them. A damaged row among
     * them is refused: a file without one of the clinic's exercises would pass for a whole one. Built-in rows are
     * not read at all.
     */
    public List<Exercise> own() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM exercises e WHERE e.source = ? ORDER BY e.name COLLATE NOCASE, e.pk")) {
                st.setString(1, ExerciseSource.CLINIC.key());
                return readAll(st, null);
            }
        });
    }

    public int count() {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM exercises")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Exercises matching the query, best text matches first (by name when no text is typed). */
    public List<Exercise> search(ExerciseQuery query, int limit) {
        return search(query, limit, null);
    }

    /** As {@link #search(ExerciseQuery, int)}, leaving out damaged rows and handing them to {@code skipped}. */
    public List<Exercise> search(ExerciseQuery query, int limit, Consumer<DamagedRecordException> skipped) {
        ExerciseSearchSql sql = ExerciseSearchSql.build(query, COLUMNS);
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql.sql() + " LIMIT ?")) {
                int next = SqlLists.bind(st, 1, sql.parameters());
                st.setInt(next, limit);
                return readAll(st, skipped);
            }
        });
    }

    /** Adds the exercise, or replaces the one with the same id. */
    public void save(Exercise exercise) {
        db.write(c -> {
            upsert(c, exercise);
            db.libraryChanged();
            return null;
        });
    }

    public void setArchived(String id, boolean archived) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE exercises SET archived = ? WHERE id = ?")) {
                st.setInt(1, archived ? 1 : 0);
                st.setString(2, id);
                if (st.executeUpdate() == 0) {
                    throw new StoreException(KeyedProblem.of("problems.store.noExercise", Excerpt.of(id)));
                }
            }
            db.libraryChanged();
            return null;
        });
    }

    /** Ids of exercises of this source. */
    public Set<String> idsFrom(ExerciseSource source) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM exercises WHERE source = ?")) {
                st.setString(1, source.key());
                Set<String> ids = new HashSet<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    private static void upsert(Connection c, Exercise e) throws SQLException {
        long pk;
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO exercises (id, name, summary, steps, cues, mistakes, watch_for, region, position, impact,
                    pelvic_floor_demand, tags, default_dosage, easier_id, harder_id, source, based_on_id, archived)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, summary = excluded.summary, steps = excluded.steps,
                    cues = excluded.cues, mistakes = excluded.mistakes, watch_for = excluded.watch_for,
                    region = excluded.region, position = excluded.position, impact = excluded.impact,
                    pelvic_floor_demand = excluded.pelvic_floor_demand, tags = excluded.tags,
                    default_dosage = excluded.default_dosage, easier_id = excluded.easier_id,
                    harder_id = excluded.harder_id, source = excluded.source, based_on_id = excluded.based_on_id,
                    archived = excluded.archived
                RETURNING pk""")) {
            int i = 1;
            st.setString(i++, e.id());
            st.setString(i++, e.name());
            st.setString(i++, e.summary());
            st.setString(i++, Json.texts(e.steps()));
            st.setString(i++, Json.texts(e.cues()));
            st.setString(i++, Json.texts(e.mistakes()));
            st.setString(i++, Json.texts(e.watchFor()));
            st.setString(i++, e.region().key());
            st.setString(i++, e.position().key());
            st.setString(i++, e.impact().key());
            st.setString(i++, e.pelvicFloorDemand().key());
            st.setString(i++, Json.texts(e.tags()));
            st.setString(i++, DosageJson.write(e.defaultDosage()).toString());
            st.setString(i++, e.easierId());
            st.setString(i++, e.harderId());
            st.setString(i++, e.source().key());
            st.setString(i++, e.basedOnId());
            st.setInt(i, e.archived() ? 1 : 0);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                pk = rs.getLong(1);
            }
        }
        replaceKeys(c, "exercise_phases", "phase", pk, e.phases());
        replaceKeys(c, "exercise_equipment", "equipment", pk, e.equipment());
        try (PreparedStatement del = c.prepareStatement("DELETE FROM exercise_search WHERE rowid = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO exercise_search (rowid, name, summary, cues, tags) VALUES (?, ?, ?, ?, ?)")) {
            del.setLong(1, pk);
            del.executeUpdate();
            ins.setLong(1, pk);
            ins.setString(2, e.name());
            ins.setString(3, e.summary());
            ins.setString(4, String.join(" ", e.cues()));
            ins.setString(5, String.join(" ", e.tags()));
            ins.executeUpdate();
        }
    }

    private static void replaceKeys(Connection c, String table, String column, long pk, List<? extends Keyed> values)
            throws SQLException {
        // Table and column names come from the two fixed call sites above, never from input.
        try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table + " WHERE exercise_pk = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO " + table + " (exercise_pk, " + column + ") VALUES (?, ?)")) {
            del.setLong(1, pk);
            del.executeUpdate();
            for (Keyed value : values) {
                ins.setLong(1, pk);
                ins.setString(2, value.key());
                ins.executeUpdate();
            }
        }
    }

    private static List<Exercise> readAll(PreparedStatement st) throws SQLException {
        return readAll(st, null);
    }

    /** The rows as exercises; a damaged one is refused, or left out and handed to {@code skipped} if one is given. */
    private static List<Exercise> readAll(PreparedStatement st, Consumer<DamagedRecordException> skipped)
            throws SQLException {
        List<Exercise> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                try {
                    out.add(map(rs));
                } catch (DamagedRecordException e) {
                    if (skipped == null) {
                        throw e;
                    }
                    skipped.accept(e);
                }
            }
        }
        return out;
    }

    private static Exercise map(ResultSet rs) throws SQLException {
        return DamagedRecordException.reading("exercises", rs.getString("id"), () -> mapRow(rs));
    }

    private static Exercise mapRow(ResultSet rs) throws SQLException {
        return new Exercise(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("summary"),
                Json.texts(rs.getString("steps")),
                Json.texts(rs.getString("cues")),
                Json.texts(rs.getString("mistakes")),
                Json.texts(rs.getString("watch_for")),
                SqlLists.keys(rs.getString("phase_list"), PhaseKind::fromKey),
                Region.fromKey(rs.getString("region")),
                SqlLists.keys(rs.getString("equipment_list"), Equipment::fromKey),
                Position.fromKey(rs.getString("position")),
                ImpactLevel.fromKey(rs.getString("impact")),
                PelvicFloorDemand.fromKey(rs.getString("pelvic_floor_demand")),
                Json.texts(rs.getString("tags")),
                DosageJson.read(Json.parse(rs.getString("default_dosage"))),
                rs.getString("easier_id"),
                rs.getString("harder_id"),
                ExerciseSource.fromKey(rs.getString("source")),
                rs.getString("based_on_id"),
                rs.getInt("archived") == 1);
    }
}
