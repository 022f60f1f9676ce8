package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;
import org.restride.domain.progress.PhaseChange;

/** When each phase of a roadmap became current. A change is saved together with the roadmap it changed. */
public final class PhaseHistoryRepository {
    private static final String SELECT = "SELECT pc.id, pc.roadmap_id, pc.changed_on, pc.from_phase, pc.to_phase, "
            + "pc.phase_name, pc.visit_id, pc.note FROM phase_changes pc";

    private final Database db;
    private final RoadmapRepository roadmaps;

    public PhaseHistoryRepository(Database db) {
        this.db = db;
        this.roadmaps = new RoadmapRepository(db);
    }

    /**
     * Saves the roadmap, now at the change's phase, and records the change: both, or neither.
     */
    public PhaseChange saveWithChange(Roadmap roadmap, PhaseChange change) {
        if (roadmap.id() == null || roadmap.id() != change.roadmapId()) {
            throw new ValidationException("roadmap", "phaseChange.roadmap");
        }
        if (roadmap.currentPhase() != change.toPhase()) {
            throw new ValidationException("phase", "phaseChange.phase", roadmap.currentPhase() + 1, change.toPhase() + 1);
        }
        return db.write(c -> {
            roadmaps.save(roadmap);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO phase_changes (roadmap_id, changed_on, from_phase, "
                    + "to_phase, phase_name, visit_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                st.setLong(1, change.roadmapId());
                st.setString(2, Rows.date(change.date()));
                st.setInt(3, change.fromPhase());
                st.setInt(4, change.toPhase());
                st.setString(5, change.phaseName());
                VisitColumns.longValue(st, 6, change.visitId());
                st.setString(7, change.note());
                st.executeUpdate();
                return change.withId(Rows.insertedId(st));
            }
        });
    }

    public List<PhaseChange> forRoadmap(long roadmapId) {
        return query(" WHERE pc.roadmap_id = ? ORDER BY pc.changed_on, pc.id", roadmapId);
    }

    /** Phase changes across all the patient's roadmaps, oldest first. */
    public List<PhaseChange> forPatient(long patientId) {
        return query(" JOIN roadmaps r ON r.id = pc.roadmap_id WHERE r.patient_id = ? ORDER BY pc.changed_on, pc.id", patientId);
    }

    private List<PhaseChange> query(String where, long id) {
        return db.read(c -> Sql.list(c, SELECT + where, PhaseHistoryRepository::change, id));
    }

    private static PhaseChange change(ResultSet rs) throws SQLException {
        return new PhaseChange(rs.getLong("id"), rs.getLong("roadmap_id"), Rows.date(rs, "changed_on"),
                rs.getInt("from_phase"), rs.getInt("to_phase"), rs.getString("phase_name"),
                VisitColumns.longValue(rs, "visit_id"), rs.getString("note"));
    }
}
