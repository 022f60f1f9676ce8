package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restride.domain.ValidationException;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.measure.MeasureSeries;
import org.restride.domain.measure.OutcomeMeasure;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;
import org.restride.domain.measure.SeverityBand;

/**
 * Outcome measures (the built-in ones arrive with the schema; the clinic adds its own) and patients' dated scores.
 * A score is checked against its measure before it is saved.
 */
public final class MeasureRepository {
    private static final String SELECT_MEASURE = "SELECT id, key, name, min_value, max_value, "
            + "COALESCE(score_decimals, decimals) AS decimals, built_in, derived, note FROM outcome_measures";
    private static final String SELECT_SCORE = "SELECT s.id, s.patient_id, m.key, s.score_date, s.value, s.visit_id "
            + "FROM measure_scores s JOIN outcome_measures m ON m.id = s.measure_id";

    private final Database db;

    public MeasureRepository(Database db) {
        this.db = db;
    }

    /** Every measure: the built-in ones first, then the clinic's by name. */
    public List<OutcomeMeasure> all() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_MEASURE + " ORDER BY built_in DESC, id")) {
                return readMeasures(c, st);
            }
        });
    }

    public Optional<OutcomeMeasure> find(String key) {
        return db.read(c -> findMeasure(c, key));
    }

    /** Adds or changes one of the clinic's own measures. Built-in measures cannot be changed. */
    public OutcomeMeasure save(OutcomeMeasure measure) {
        if (measure.builtIn() || measure.derived()) {
            throw new ValidationException("measure", "measure.builtInUnchanged", Excerpt.of(measure.name()));
        }
        return db.write(c -> {
            Optional<OutcomeMeasure> existing = findMeasure(c, measure.key());
            if (existing.isPresent() && existing.get().builtIn()) {
                throw new ValidationException("measure", "measure.builtInKey", Excerpt.of(measure.key()));
            }
            long id;
            if (existing.isEmpty()) {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO outcome_measures (key, name, min_value, max_value, "
                        + "decimals, score_decimals, built_in, derived, note) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bindMeasure(st, measure);
                    st.executeUpdate();
                    id = Rows.insertedId(st);
                }
            } else {
                refuseScoresOutside(c, measure);
                id = measureId(c, measure.key());
                try (PreparedStatement st = c.prepareStatement("UPDATE outcome_measures SET key = ?, name = ?, min_value = ?, "
                        + "max_value = ?, decimals = ?, score_decimals = ?, note = ? WHERE id = ?")) {
                    bindMeasure(st, measure);
                    st.setLong(8, id);
                    st.executeUpdate();
                }
            }
            replaceBands(c, id, measure.bands());
            return measure;
        });
    }

    /** Deletes one of the clinic's measures that has no scores yet. */
    public void delete(String key) {
        db.write(c -> {
            OutcomeMeasure measure = findMeasure(c, key)
                    .orElseThrow(() -> new StoreException(KeyedProblem.of("problems.store.measureGone")));
            if (measure.builtIn()) {
                throw new ValidationException("measure", "measure.builtInKept", Excerpt.of(measure.name()));
            }
            int scores = count(c, "SELECT count(*) FROM measure_scores WHERE measure_id = ?", measureId(c, key));
            if (scores > 0) {
                throw new ValidationException("measure", "measure.hasScores", Excerpt.of(measure.name()), scores);
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM outcome_measures WHERE key = ?")) {
                st.setString(1, key);
                return st.executeUpdate();
            }
        });
    }

    /** Saves a score entered on its own (not at a visit), checked against its measure and today's date. */
    public MeasureScore addScore(MeasureScore score, LocalDate today) {
        if (score.visitId() != null) {
            throw new ValidationException("score", "measure.visitScore");
        }
        if (score.date().isAfter(today)) {
            throw new ValidationException("scoreDate", "measure.future", today, score.date());
        }
        return db.write(c -> insertScore(c, score));
    }

    public void deleteScore(long id) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM measure_scores WHERE id = ?")) {
                st.setLong(1, id);
                return st.executeUpdate();
            }
        });
    }

    /** All of a patient's stored scores, oldest first. */
    public List<MeasureScore> scores(long patientId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_SCORE
                    + " WHERE s.patient_id = ? ORDER BY s.score_date, s.id")) {
                st.setLong(1, patientId);
                return readScores(st);
            }
        });
    }

    /** A patient's scores on one measure, for the chart. The PFDI-20 total is worked out from its scales. */
    public MeasureSeries series(long patientId, String key) {
        OutcomeMeasure measure = find(key).orElseThrow(() -> new ValidationException("measure", "measure.unknown", Excerpt.of(key)));
        List<MeasureScore> all = scores(patientId);
        List<MeasureScore> points = measure.key().equals(BuiltInMeasures.PFDI_20_TOTAL)
                ? BuiltInMeasures.pfdi20Totals(all)
                : all.stream().filter(s -> s.measureKey().equals(key)).toList();
        return new MeasureSeries(measure, points);
    }

    /** The series of every measure the patient has at least one score on. */
    public List<MeasureSeries> seriesWithScores(long patientId) {
        return all().stream().map(m -> series(patientId, m.key())).filter(s -> !s.isEmpty()).toList();
    }

    /** Inserts a score after checking it against its measure. Run inside a transaction. */
    static MeasureScore insertScore(Connection c, MeasureScore score) throws SQLException {
        OutcomeMeasure measure = findMeasure(c, score.measureKey())
                .orElseThrow(() -> new ValidationException("measure", "measure.unknown", Excerpt.of(score.measureKey())));
        if (measure.derived()) {
            throw new ValidationException(measure.name(), "measure.derived");
        }
        measure.check(score.value());
        try (PreparedStatement st = c.prepareStatement("INSERT INTO measure_scores (patient_id, measure_id, score_date, value, "
                + "visit_id) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, score.patientId());
            st.setLong(2, measureId(c, measure.key()));
            st.setString(3, Rows.date(score.date()));
            st.setDouble(4, score.value());
            VisitColumns.longValue(st, 5, score.visitId());
            st.executeUpdate();
            return score.withId(Rows.insertedId(st));
        }
    }

    /** The scores saved with a visit, by measure key. */
    static Map<String, Double> visitScores(Connection c, long visitId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT_SCORE + " WHERE s.visit_id = ? ORDER BY s.id")) {
            st.setLong(1, visitId);
            Map<String, Double> scores = new LinkedHashMap<>();
            readScores(st).forEach(s -> scores.put(s.measureKey(), s.value()));
            return scores;
        }
    }

    private static Optional<OutcomeMeasure> findMeasure(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT_MEASURE + " WHERE key = ?")) {
            st.setString(1, key);
            List<OutcomeMeasure> found = readMeasures(c, st);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static long measureId(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM outcome_measures WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new ValidationException("measure", "measure.unknown", Excerpt.of(key));
                }
                return rs.getLong(1);
            }
        }
    }

    private static void refuseScoresOutside(Connection c, OutcomeMeasure measure) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM measure_scores s JOIN outcome_measures m "
                + "ON m.id = s.measure_id WHERE m.key = ? AND (s.value < ? OR s.value > ?)")) {
            st.setString(1, measure.key());
            st.setDouble(2, measure.min());
            st.setDouble(3, measure.max());
            try (ResultSet rs = st.executeQuery()) {
                int outside = rs.next() ? rs.getInt(1) : 0;
                if (outside > 0) {
                    throw new ValidationException("measureRange", "measure.rangeOutside", outside, measure.rangeWords());
                }
            }
        }
    }

    private static int count(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void bindMeasure(PreparedStatement st, OutcomeMeasure m) throws SQLException {
        st.setString(1, m.key());
        st.setString(2, m.name());
        st.setDouble(3, m.min());
        st.setDouble(4, m.max());
        st.setInt(5, Math.min(m.decimals(), 2)); // the V3 column allows 0–2; score_decimals (V11) holds the real one
        st.setInt(6, m.decimals());
        st.setString(7, m.note());
    }

    private static void replaceBands(Connection c, long measureId, List<SeverityBand> bands) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM measure_bands WHERE measure_id = ?")) {
            del.setLong(1, measureId);
            del.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO measure_bands (measure_id, position, label, from_value, to_value) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < bands.size(); i++) {
                st.setLong(1, measureId);
                st.setInt(2, i);
                st.setString(3, bands.get(i).label());
                st.setDouble(4, bands.get(i).from());
                st.setDouble(5, bands.get(i).to());
                st.executeUpdate();
            }
        }
    }

    private static List<OutcomeMeasure> readMeasures(Connection c, PreparedStatement st) throws SQLException {
        List<OutcomeMeasure> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new OutcomeMeasure(rs.getString("key"), rs.getString("name"), rs.getDouble("min_value"),
                        rs.getDouble("max_value"), rs.getInt("decimals"), bands(c, rs.getLong("id")),
                        rs.getInt("built_in") == 1, rs.getInt("derived") == 1, rs.getString("note")));
            }
        }
        return out;
    }

    private static List<SeverityBand> bands(Connection c, long measureId) throws SQLException {
        List<SeverityBand> bands = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT label, from_value, to_value FROM measure_bands WHERE measure_id = ? ORDER BY position")) {
            st.setLong(1, measureId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    bands.add(new SeverityBand(rs.getString(1), rs.getDouble(2), rs.getDouble(3)));
                }
            }
        }
        return bands;
    }

    private static List<MeasureScore> readScores(PreparedStatement st) throws SQLException {
        List<MeasureScore> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new MeasureScore(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("key"),
                        Rows.date(rs, "score_date"), rs.getDouble("value"), VisitColumns.longValue(rs, "visit_id")));
            }
        }
        return out;
    }
}
