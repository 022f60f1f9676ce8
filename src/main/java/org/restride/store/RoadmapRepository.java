package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapListing;
import org.restride.text.KeyedProblem;
import org.restride.domain.RoadmapStatus;

/**
 * Roadmaps with their phases, items and exit criteria. A save is one transaction: it rewrites only the rows that
 * changed when the roadmap keeps its shape (an edited name, dose or note), and the whole roadmap otherwise.
 */
public final class RoadmapRepository {
    private final Database db;

    public RoadmapRepository(Database db) {
        this.db = db;
    }

    /** Inserts a new roadmap (no id) or replaces a saved one; returns it with its id. */
    public Roadmap save(Roadmap r) {
        return db.write(c -> {
            Roadmap saved;
            String now = Instant.now(db.clock()).toString();
            if (r.id() == null) {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO roadmaps (patient_id, title, goal, status, "
                        + "current_phase, created, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    bindFields(st, r);
                    st.setString(7, now);
                    st.executeUpdate();
                    saved = r.withId(Rows.insertedId(st));
                }
            } else {
                try (PreparedStatement st = c.prepareStatement("UPDATE roadmaps SET patient_id = ?, title = ?, goal = ?, "
                        + "status = ?, current_phase = ?, created = ?, updated_at = ? WHERE id = ?")) {
                    bindFields(st, r);
                    st.setString(7, now);
                    st.setLong(8, r.id());
                    if (st.executeUpdate() == 0) {
                        throw new StoreException(KeyedProblem.of("problems.store.roadmapGone"));
                    }
                    saved = r;
                }
            }
            if (r.id() == null || !PhaseStore.updateInPlace(c, PhaseStore.Owner.ROADMAP, saved.id(), saved.phases())) {
                PhaseStore.replace(c, PhaseStore.Owner.ROADMAP, saved.id(), saved.phases());
            }
            return saved;
        });
    }

    private static void bindFields(PreparedStatement st, Roadmap r) throws SQLException {
        st.setLong(1, r.patientId());
        st.setString(2, r.title());
        st.setString(3, r.goal());
        st.setString(4, r.status().key());
        st.setInt(5, r.currentPhase());
        st.setString(6, Rows.date(r.created()));
    }

    public Optional<Roadmap> find(long id) {
        return db.read(c -> {
            List<Roadmap> found = query(c.prepareStatement(SELECT + " WHERE id = ?"), id);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    public List<Roadmap> forPatient(long patientId) {
        return db.read(c -> query(c.prepareStatement(SELECT + " WHERE patient_id = ? ORDER BY created DESC, id DESC"), patientId));
    }

    public List<Roadmap> all() {
        return db.read(c -> query(c.prepareStatement(SELECT + " WHERE id >= ? ORDER BY id"), 0));
    }

    /** Every roadmap as a list row, newest first, in one query (no phase trees are read). */
    public List<RoadmapListing> listings() {
        return listings("r.id >= ?", 0);
    }

    /** One patient's roadmaps as list rows, newest first, in one query. */
    public List<RoadmapListing> listingsForPatient(long patientId) {
        return listings("r.patient_id = ?", patientId);
    }

    private List<RoadmapListing> listings(String where, long parameter) {
        return db.read(c -> {
            List<RoadmapListing> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT r.id, r.title, p.display_name, r.status, r.current_phase, "
                    + "(SELECT COUNT(*) FROM phases ph WHERE ph.roadmap_id = r.id), "
                    + "(SELECT ph.name FROM phases ph WHERE ph.roadmap_id = r.id AND ph.position = r.current_phase), "
                    + "r.created FROM roadmaps r LEFT JOIN patients p ON p.id = r.patient_id WHERE " + where
                    + " ORDER BY r.created DESC, r.id DESC")) {
                st.setLong(1, parameter);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RoadmapListing(rs.getLong(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
                                RoadmapStatus.fromKey(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getString(7),
                                Rows.date(rs, "created")));
                    }
                }
            }
            return out;
        });
    }

    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM roadmaps WHERE id = ?")) {
                st.setLong(1, id);
                return st.executeUpdate();
            }
        });
    }

    private static final String SELECT = "SELECT id, patient_id, title, goal, status, current_phase, created FROM roadmaps";

    private static List<Roadmap> query(PreparedStatement st, long parameter) throws SQLException {
        List<Roadmap> out = new ArrayList<>();
        try (st) {
            st.setLong(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    out.add(DamagedRecordException.reading("roadmaps", id, () -> new Roadmap(id, rs.getLong("patient_id"),
                            rs.getString("title"), rs.getString("goal"), RoadmapStatus.fromKey(rs.getString("status")),
                            rs.getInt("current_phase"), PhaseStore.read(st.getConnection(), PhaseStore.Owner.ROADMAP, id),
                            Rows.date(rs, "created"))));
                }
            }
        }
        return out;
    }
}
