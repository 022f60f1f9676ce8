package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.restride.text.KeyedProblem;
import org.restride.text.Excerpt;
import org.restride.domain.ExerciseText;

/**
 * The exercises' text in other languages than English, one row per exercise and language (a lower-case code such
 * as "es"). Removing an exercise removes its texts.
 */
public final class ExerciseTextRepository {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,8}");
    private static final String COLUMNS = "e.id, t.name, t.summary, t.steps, t.cues, t.mistakes, t.watch_for, t.tempo, t.note";

    private final Database db;

    public ExerciseTextRepository(Database db) {
        this.db = db;
    }

    /** The exercise's text in the language, if it has one. */
    public Optional<ExerciseText> find(String exerciseId, String language) {
        return Optional.ofNullable(findAll(List.of(exerciseId), language).get(exerciseId));
    }

    /** The texts in the language of the exercises with these ids, keyed by id, in one query; ids without one are left out. */
    public Map<String, ExerciseText> findAll(Collection<String> exerciseIds, String language) {
        String code = checked(language);
        Map<String, ExerciseText> out = new LinkedHashMap<>();
        if (exerciseIds.isEmpty()) {
            return out;
        }
        List<Object> parameters = new ArrayList<>(exerciseIds);
        parameters.add(code);
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM exercise_texts t JOIN exercises e"
                    + " ON e.pk = t.exercise_pk WHERE e.id IN (" + SqlLists.marks(exerciseIds.size()) + ") AND t.language = ?")) {
                SqlLists.bind(st, 1, parameters);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("id");
                        out.put(id, DamagedRecordException.reading("exercise_texts", id + " (" + code + ")", () -> map(rs)));
                    }
                }
            }
            return out;
        });
    }

    /** Adds or replaces the exercise's text in the language; the exercise must be in the library. */
    public void save(String exerciseId, String language, ExerciseText text) {
        String code = checked(language);
        db.write(c -> {
            upsert(c, exerciseId, code, text);
            db.libraryChanged();
            return null;
        });
    }

    /** Removes the exercise's text in the language (it prints in English again); returns whether there was one. */
    public boolean remove(String exerciseId, String language) {
        String code = checked(language);
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM exercise_texts WHERE language = ? AND"
                    + " exercise_pk = (SELECT pk FROM exercises WHERE id = ?)")) {
                st.setString(1, code);
                st.setString(2, exerciseId);
                boolean removed = st.executeUpdate() > 0;
                db.libraryChanged();
                return removed;
            }
        });
    }

    /**
     * Makes the texts in the language of the built-in exercises {@code shipped} exactly {@code texts}: each is added
     * or replaced, and one of them without a text there loses its old one. Other exercises' texts (the clinic's, a
     * retired built-in's that roadmaps may still print) are not touched.
     */
    public void replaceBuiltIn(String language, Collection<String> shipped, Map<String, ExerciseText> texts) {
        String code = checked(language);
        db.write(c -> {
            if (!shipped.isEmpty()) {
                List<Object> parameters = new ArrayList<>();
                parameters.add(code);
                parameters.addAll(shipped);
                try (PreparedStatement st = c.prepareStatement("DELETE FROM exercise_texts WHERE language = ? AND"
                        + " exercise_pk IN (SELECT pk FROM exercises WHERE source = 'built-in' AND id IN ("
                        + SqlLists.marks(shipped.size()) + "))")) {
                    SqlLists.bind(st, 1, parameters);
                    st.executeUpdate();
                }
            }
            for (Map.Entry<String, ExerciseText> entry : texts.entrySet()) {
                upsert(c, entry.getKey(), code, entry.getValue());
            }
            db.libraryChanged();
            return null;
        });
    }

    private static void upsert(Connection c, String exerciseId, String language, ExerciseText t) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO exercise_texts (exercise_pk, language, name, summary, steps, cues, mistakes, watch_for, tempo, note)
                SELECT pk, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM exercises WHERE id = ?
                ON CONFLICT (exercise_pk, language) DO UPDATE SET name = excluded.name, summary = excluded.summary,
                    steps = excluded.steps, cues = excluded.cues, mistakes = excluded.mistakes,
                    watch_for = excluded.watch_for, tempo = excluded.tempo, note = excluded.note""")) {
            int i = 1;
            st.setString(i++, language);
            st.setString(i++, t.name());
            st.setString(i++, t.summary());
            st.setString(i++, Json.texts(t.steps()));
            st.setString(i++, Json.texts(t.cues()));
            st.setString(i++, Json.texts(t.mistakes()));
            st.setString(i++, Json.texts(t.watchFor()));
            st.setString(i++, t.tempo());
            st.setString(i++, t.note());
            st.setString(i, exerciseId);
            if (st.executeUpdate() == 0) {
                throw new StoreException(KeyedProblem.of("problems.store.noExercise", Excerpt.of(exerciseId)));
            }
        }
    }

    private static ExerciseText map(ResultSet rs) throws SQLException {
        return new ExerciseText(rs.getString("name"), rs.getString("summary"), Json.texts(rs.getString("steps")),
                Json.texts(rs.getString("cues")), Json.texts(rs.getString("mistakes")),
                Json.texts(rs.getString("watch_for")), rs.getString("tempo"), rs.getString("note"));
    }

    private static String checked(String language) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("A language is a lower-case code such as \"es\".");
        }
        return language;
    }
}
