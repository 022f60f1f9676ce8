package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import org.restride.codec.CriterionJson;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.DiastasisMeasurement;
import org.restride.codec.PhraseJson;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.Rule;

/** The rows that belong to one visit: test results, diastasis measurements and the verdict's reasons. */
final class VisitParts {
    private static final String[] TABLES = {"visit_results", "visit_diastasis", "visit_reasons", "overrides", "measure_scores"};

    private VisitParts() {
    }

    /** Removes everything that hangs off the visit, before it is written again. */
    static void clear(Connection c, long visitId) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE visit_id = ?")) {
                st.setLong(1, visitId);
                st.executeUpdate();
            }
        }
    }

    static void writeResults(Connection c, long visitId, List<CriterionResult> results) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO visit_results (visit_id, position, criterion, value, "
                + "left_value, right_value, met, symptoms, pain, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < results.size(); i++) {
                CriterionResult r = results.get(i);
                st.setLong(1, visitId);
                st.setInt(2, i);
                st.setString(3, CriterionJson.write(r.criterion()).toString());
                Rows.integer(st, 4, r.value());
                Rows.integer(st, 5, r.left());
                Rows.integer(st, 6, r.right());
                VisitColumns.yesNo(st, 7, r.met());
                st.setString(8, VisitColumns.keys(PelvicSymptom.class, r.symptoms()));
                Rows.integer(st, 9, r.pain());
                st.setString(10, r.note());
                st.executeUpdate();
            }
        }
    }

    static List<CriterionResult> readResults(Connection c, long visitId) throws SQLException {
        List<CriterionResult> results = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT criterion, value, left_value, right_value, met, symptoms, pain, "
                + "note FROM visit_results WHERE visit_id = ? ORDER BY position")) {
            st.setLong(1, visitId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    results.add(new CriterionResult(CriterionJson.read(Json.parse(rs.getString("criterion"))),
                            Rows.integer(rs, "value"), Rows.integer(rs, "left_value"), Rows.integer(rs, "right_value"),
                            VisitColumns.yesNo(rs, "met"),
                            new HashSet<>(SqlLists.keys(rs.getString("symptoms"), PelvicSymptom::fromKey)),
                            Rows.integer(rs, "pain"), rs.getString("note")));
                }
            }
        }
        return results;
    }

    static void writeDiastasis(Connection c, long visitId, List<DiastasisMeasurement> measurements) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO visit_diastasis (visit_id, position, level, site_cm, state, "
                + "method, value, tension, doming) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < measurements.size(); i++) {
                DiastasisMeasurement m = measurements.get(i);
                st.setLong(1, visitId);
                st.setInt(2, i);
                st.setString(3, m.level().key());
                st.setDouble(4, m.siteCm());
                st.setString(5, m.state().key());
                st.setString(6, m.method().key());
                st.setDouble(7, m.value());
                st.setString(8, VisitColumns.key(m.tension()));
                VisitColumns.yesNo(st, 9, m.doming());
                st.executeUpdate();
            }
        }
    }

    static List<DiastasisMeasurement> readDiastasis(Connection c, long visitId) throws SQLException {
        List<DiastasisMeasurement> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT level, site_cm, state, method, value, tension, doming "
                + "FROM visit_diastasis WHERE visit_id = ? ORDER BY position")) {
            st.setLong(1, visitId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String tension = rs.getString("tension");
                    out.add(new DiastasisMeasurement(DiastasisMeasurement.Level.fromKey(rs.getString("level")),
                            rs.getDouble("site_cm"), DiastasisMeasurement.State.fromKey(rs.getString("state")),
                            DiastasisMeasurement.Method.fromKey(rs.getString("method")), rs.getDouble("value"),
                            tension == null ? null : DiastasisMeasurement.Tension.fromKey(tension),
                            VisitColumns.yesNo(rs, "doming")));
                }
            }
        }
        return out;
    }

    static void writeReasons(Connection c, long visitId, List<Reason> reasons) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO visit_reasons (visit_id, position, rule, subject, text, "
                + "overridden_because) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < reasons.size(); i++) {
                Reason r = reasons.get(i);
                st.setLong(1, visitId);
                st.setInt(2, i);
                st.setString(3, r.rule().key());
                st.setString(4, PhraseJson.write(r.subject()));
                st.setString(5, PhraseJson.write(r.text()));
                st.setString(6, r.overriddenBecause());
                st.executeUpdate();
            }
        }
    }

    static List<Reason> readReasons(Connection c, long visitId) throws SQLException {
        List<Reason> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT rule, subject, text, overridden_because FROM visit_reasons "
                + "WHERE visit_id = ? ORDER BY position")) {
            st.setLong(1, visitId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Reason(Rule.fromKey(rs.getString("rule")), PhraseJson.read(rs.getString("subject")),
                            PhraseJson.read(rs.getString("text")),
                            rs.getString("overridden_because")));
                }
            }
        }
        return out;
    }
}
