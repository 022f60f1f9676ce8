package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.progress.DailyReadiness;
import org.restride.domain.progress.Hydration;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.EnergySign;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.RiskFactor;
import org.restride.domain.progress.Wellbeing;
import org.restride.domain.progress.Rule;
import org.restride.domain.progress.RuleOverride;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.Verdict;
import org.restride.text.KeyedProblem;
import org.restride.domain.progress.Visit;

/**
 * Visits with everything recorded at them and the verdict as the PT saw it. A save writes the whole visit (results,
 * diastasis, reasons, overrides, scores) in one transaction, or nothing.
 */
public final class VisitRepository {
    private static final String COLUMNS = "patient_id, roadmap_id, phase_index, visit_date, symptoms, pain, worse_next_day, "
            + "red_flags, sleep_hours, fatigue, hydration, readiness_note, notes, verdict_status, verdict_phase, "
            + "verdict_phase_name, verdict_next_phase, verdict_next_name, updated_at, symptom_check_done, symptom_contexts, "
            + "usual_sleep_hours, "
            + "mood_score, energy_signs, risk_factors";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM visits";

    private final Database db;

    public VisitRepository(Database db) {
        this.db = db;
    }

    /**
     * Inserts a new visit (no id) or replaces a saved one, with its verdict (null when she has no roadmap).
     * Scores are checked against their measures; a bad one saves nothing.
     */
    public RecordedVisit save(Visit visit, Verdict verdict) {
        return db.write(c -> {
            long id;
            if (visit.id() == null) {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO visits (" + COLUMNS + ") VALUES ("
                        + SqlLists.marks(25) + ")", Statement.RETURN_GENERATED_KEYS)) {
                    bind(st, visit, verdict);
                    st.executeUpdate();
                    id = Rows.insertedId(st);
                }
            } else {
                id = visit.id();
                try (PreparedStatement st = c.prepareStatement("UPDATE visits SET (" + COLUMNS + ") = ("
                        + SqlLists.marks(25) + ") WHERE id = ?")) {
                    bind(st, visit, verdict);
                    st.setLong(26, id);
                    if (st.executeUpdate() == 0) {
                        throw new StoreException(KeyedProblem.of("problems.store.visitGone"));
                    }
                }
                VisitParts.clear(c, id);
            }
            VisitParts.writeResults(c, id, visit.results());
            VisitParts.writeDiastasis(c, id, visit.diastasis());
            if (verdict != null) {
                VisitParts.writeReasons(c, id, verdict.reasons());
            }
            writeOverrides(c, id, visit);
            for (Map.Entry<String, Double> score : visit.scores().entrySet()) {
                MeasureRepository.insertScore(c, new MeasureScore(null, visit.patientId(), score.getKey(), visit.date(),
                        score.getValue(), id));
            }
            return new RecordedVisit(visit.withId(id), verdict);
        });
    }

    public Optional<RecordedVisit> find(long id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT + " WHERE id = ?")) {
                st.setLong(1, id);
                List<RecordedVisit> found = readAll(c, st);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The patient's visits, oldest first. */
    public List<RecordedVisit> forPatient(long patientId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT + " WHERE patient_id = ? ORDER BY visit_date, id")) {
                st.setLong(1, patientId);
                return readAll(c, st);
            }
        });
    }

    public Optional<RecordedVisit> latest(long patientId) {
        List<RecordedVisit> visits = forPatient(patientId);
        return visits.isEmpty() ? Optional.empty() : Optional.of(visits.get(visits.size() - 1));
    }

    /** Deletes the visit with its results, reasons, overrides and scores. */
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM visits WHERE id = ?")) {
                st.setLong(1, id);
                return st.executeUpdate();
            }
        });
    }

    private void bind(PreparedStatement st, Visit v, Verdict verdict) throws SQLException {
        VisitColumns.longValue(st, 1, v.patientId());
        VisitColumns.longValue(st, 2, v.roadmapId());
        Rows.integer(st, 3, v.phaseIndex());
        st.setString(4, Rows.date(v.date()));
        st.setString(5, VisitColumns.keys(PelvicSymptom.class, v.symptoms().symptoms()));
        Rows.integer(st, 6, v.symptoms().pain());
        st.setInt(7, v.symptoms().worseNextDay() ? 1 : 0);
        st.setString(8, VisitColumns.keys(RedFlag.class, v.redFlags()));
        DailyReadiness r = v.readiness();
        VisitColumns.decimal(st, 9, r.sleepHours());
        Rows.integer(st, 10, r.fatigue());
        st.setString(11, VisitColumns.key(r.hydration()));
        st.setString(12, r.note());
        st.setString(13, v.notes());
        st.setString(14, verdict == null ? null : verdict.status().key());
        Rows.integer(st, 15, verdict == null ? null : verdict.phaseIndex());
        st.setString(16, verdict == null ? null : verdict.phaseName());
        Rows.integer(st, 17, verdict == null ? null : verdict.nextPhaseIndex());
        st.setString(18, verdict == null ? null : verdict.nextPhaseName());
        st.setString(19, Instant.now(db.clock()).toString());
        st.setInt(20, v.symptoms().done() ? 1 : 0);
        st.setString(21, VisitColumns.contexts(v.symptoms()));
        VisitColumns.decimal(st, 22, r.usualSleepHours());
        Rows.integer(st, 23, v.wellbeing().moodScore());
        st.setString(24, VisitColumns.keys(EnergySign.class, v.wellbeing().energy()));
        st.setString(25, VisitColumns.keys(RiskFactor.class, v.wellbeing().risks()));
    }

    private static void writeOverrides(Connection c, long visitId, Visit visit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO overrides (visit_id, override_date, rule, reason) VALUES (?, ?, ?, ?)")) {
            for (RuleOverride o : visit.overrides()) {
                st.setLong(1, visitId);
                st.setString(2, Rows.date(visit.date()));
                st.setString(3, o.rule().key());
                st.setString(4, o.reason());
                st.executeUpdate();
            }
        }
    }

    private static List<RuleOverride> readOverrides(Connection c, long visitId) throws SQLException {
        List<RuleOverride> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT rule, reason FROM overrides WHERE visit_id = ? ORDER BY id")) {
            st.setLong(1, visitId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new RuleOverride(Rule.fromKey(rs.getString(1)), rs.getString(2)));
                }
            }
        }
        return out;
    }

    private static List<RecordedVisit> readAll(Connection c, PreparedStatement st) throws SQLException {
        List<RecordedVisit> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                out.add(DamagedRecordException.reading("visits", id, () -> read(c, rs, id)));
            }
        }
        return out;
    }

    private static RecordedVisit read(Connection c, ResultSet rs, long id) throws SQLException {
        String hydration = rs.getString("hydration");
        Visit visit = new Visit(id, rs.getLong("patient_id"), VisitColumns.longValue(rs, "roadmap_id"),
                Rows.integer(rs, "phase_index"), Rows.date(rs, "visit_date"), VisitParts.readResults(c, id),
                new SymptomCheck(rs.getInt("symptom_check_done") == 1,
                        VisitColumns.contexts(rs.getString("symptoms"), rs.getString("symptom_contexts")),
                        Rows.integer(rs, "pain"), rs.getInt("worse_next_day") == 1),
                new HashSet<>(SqlLists.keys(rs.getString("red_flags"), RedFlag::fromKey)),
                new DailyReadiness(VisitColumns.decimal(rs, "sleep_hours"), Rows.integer(rs, "fatigue"),
                        hydration == null ? null : Hydration.fromKey(hydration), rs.getString("readiness_note"),
                        VisitColumns.decimal(rs, "usual_sleep_hours")),
                VisitParts.readDiastasis(c, id), MeasureRepository.visitScores(c, id), readOverrides(c, id),
                rs.getString("notes"), new Wellbeing(Rows.integer(rs, "mood_score"),
                        new HashSet<>(SqlLists.keys(rs.getString("energy_signs"), EnergySign::fromKey)),
                        new HashSet<>(SqlLists.keys(rs.getString("risk_factors"), RiskFactor::fromKey))));
        return new RecordedVisit(visit, readVerdict(c, rs, id));
    }

    private static Verdict readVerdict(Connection c, ResultSet rs, long id) throws SQLException {
        if (rs.getString("verdict_status") == null) {
            return null;
        }
        return new Verdict(VisitParts.readReasons(c, id), rs.getInt("verdict_phase"), rs.getString("verdict_phase_name"),
                Rows.integer(rs, "verdict_next_phase"), rs.getString("verdict_next_name"));
    }
}
