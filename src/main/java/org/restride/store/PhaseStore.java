package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.restride.codec.DosageJson;
import org.restride.domain.Amount;
import org.restride.domain.Criterion;
import org.restride.domain.DoseUnit;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.WeekRange;

/** The phases, items and exit criteria of a roadmap or a template, which share the same tables. */
final class PhaseStore {
    /** Who owns a set of phases; the column is fixed here, never taken from input. */
    enum Owner {
        ROADMAP("roadmap_id"), TEMPLATE("template_id");

        private final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    private PhaseStore() {
    }

    /** Replaces all the owner's phases with these. Run inside a transaction. */
    static void replace(Connection c, Owner owner, long ownerId, List<Phase> phases) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM phases WHERE " + owner.column + " = ?")) {
            del.setLong(1, ownerId);
            del.executeUpdate();
        }
        try (PreparedStatement phaseSt = c.prepareStatement("INSERT INTO phases (" + owner.column
                + ", position, kind, name, purpose, from_week, to_week) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement itemSt = c.prepareStatement(
                     "INSERT INTO phase_items (phase_id, position, exercise_id, dosage, note) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement criterionSt = c.prepareStatement("INSERT INTO phase_criteria (phase_id, position, key, name, "
                     + "target_unit, target_min, target_max, each_side, exercise_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int p = 0; p < phases.size(); p++) {
                Phase phase = phases.get(p);
                phaseSt.setLong(1, ownerId);
                phaseSt.setInt(2, p);
                phaseSt.setString(3, phase.kind().key());
                phaseSt.setString(4, phase.name());
                phaseSt.setString(5, phase.purpose());
                phaseSt.setInt(6, phase.weeks().from());
                Rows.integer(phaseSt, 7, phase.weeks().to());
                phaseSt.executeUpdate();
                long phaseId = Rows.insertedId(phaseSt);
                for (int i = 0; i < phase.items().size(); i++) {
                    PhaseItem item = phase.items().get(i);
                    itemSt.setLong(1, phaseId);
                    itemSt.setInt(2, i);
                    itemSt.setString(3, item.exerciseId());
                    itemSt.setString(4, DosageJson.write(item.dosage()).toString());
                    itemSt.setString(5, item.note());
                    itemSt.executeUpdate();
                }
                for (int i = 0; i < phase.exitCriteria().size(); i++) {
                    writeCriterion(criterionSt, phaseId, i, phase.exitCriteria().get(i));
                }
            }
        }
    }

    /**
     * Writes only the phases and items that differ from the stored ones, when the shape is the same (as many
     * phases, each with as many items and the same exit criteria): the usual edit of a name, a dose or a note.
     * Returns false, having written nothing, when the shape changed; then {@link #replace} writes it all.
     */
    static boolean updateInPlace(Connection c, Owner owner, long ownerId, List<Phase> phases) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM phases WHERE " + owner.column
                + " = ? ORDER BY position")) {
            st.setLong(1, ownerId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        List<Phase> stored = read(c, owner, ownerId);
        if (stored.size() != phases.size()) {
            return false;
        }
        for (int p = 0; p < phases.size(); p++) {
            if (stored.get(p).items().size() != phases.get(p).items().size()
                    || !stored.get(p).exitCriteria().equals(phases.get(p).exitCriteria())) {
                return false;
            }
        }
        try (PreparedStatement phaseSt = c.prepareStatement(
                "UPDATE phases SET kind = ?, name = ?, purpose = ?, from_week = ?, to_week = ? WHERE id = ?");
             PreparedStatement itemSt = c.prepareStatement(
                     "UPDATE phase_items SET exercise_id = ?, dosage = ?, note = ? WHERE phase_id = ? AND position = ?")) {
            for (int p = 0; p < phases.size(); p++) {
                Phase was = stored.get(p);
                Phase now = phases.get(p);
                if (was.kind() != now.kind() || !was.name().equals(now.name())
                        || !Objects.equals(was.purpose(), now.purpose()) || !was.weeks().equals(now.weeks())) {
                    phaseSt.setString(1, now.kind().key());
                    phaseSt.setString(2, now.name());
                    phaseSt.setString(3, now.purpose());
                    phaseSt.setInt(4, now.weeks().from());
                    Rows.integer(phaseSt, 5, now.weeks().to());
                    phaseSt.setLong(6, ids.get(p));
                    phaseSt.executeUpdate();
                }
                for (int i = 0; i < now.items().size(); i++) {
                    PhaseItem item = now.items().get(i);
                    if (!item.equals(was.items().get(i))) {
                        itemSt.setString(1, item.exerciseId());
                        itemSt.setString(2, DosageJson.write(item.dosage()).toString());
                        itemSt.setString(3, item.note());
                        itemSt.setLong(4, ids.get(p));
                        itemSt.setInt(5, i);
                        itemSt.executeUpdate();
                    }
                }
            }
        }
        return true;
    }

    private static void writeCriterion(PreparedStatement st, long phaseId, int position, Criterion criterion)
            throws SQLException {
        Amount target = criterion.target();
        st.setLong(1, phaseId);
        st.setInt(2, position);
        st.setString(3, criterion.key());
        st.setString(4, criterion.name());
        st.setString(5, target == null ? null : target.unit().key());
        Rows.integer(st, 6, target == null ? null : target.min());
        Rows.integer(st, 7, target == null ? null : target.max());
        st.setInt(8, criterion.eachSide() ? 1 : 0);
        st.setString(9, criterion.exerciseId());
        st.executeUpdate();
    }

    static List<Phase> read(Connection c, Owner owner, long ownerId) throws SQLException {
        List<Phase> phases = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, kind, name, purpose, from_week, to_week FROM phases WHERE "
                + owner.column + " = ? ORDER BY position")) {
            st.setLong(1, ownerId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long phaseId = rs.getLong("id");
                    phases.add(DamagedRecordException.reading("phases", phaseId, () -> new Phase(
                            PhaseKind.fromKey(rs.getString("kind")), rs.getString("name"), rs.getString("purpose"),
                            new WeekRange(rs.getInt("from_week"), Rows.integer(rs, "to_week")),
                            items(c, phaseId), criteria(c, phaseId))));
                }
            }
        }
        return phases;
    }

    private static List<PhaseItem> items(Connection c, long phaseId) throws SQLException {
        List<PhaseItem> items = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT exercise_id, dosage, note, id FROM phase_items WHERE phase_id = ? ORDER BY position")) {
            st.setLong(1, phaseId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    items.add(DamagedRecordException.reading("phase_items", rs.getLong(4), () -> new PhaseItem(rs.getString(1),
                            DosageJson.read(Json.parse(rs.getString(2))), rs.getString(3))));
                }
            }
        }
        return items;
    }

    private static List<Criterion> criteria(Connection c, long phaseId) throws SQLException {
        List<Criterion> criteria = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT key, name, target_unit, target_min, target_max, each_side, "
                + "exercise_id, id FROM phase_criteria WHERE phase_id = ? ORDER BY position")) {
            st.setLong(1, phaseId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    criteria.add(DamagedRecordException.reading("phase_criteria", rs.getLong("id"), () -> criterion(rs)));
                }
            }
        }
        return criteria;
    }

    private static Criterion criterion(ResultSet rs) throws SQLException {
        String unit = rs.getString("target_unit");
        Amount target = unit == null ? null
                : new Amount(DoseUnit.fromKey(unit), rs.getInt("target_min"), Rows.integer(rs, "target_max"));
        return new Criterion(rs.getString("key"), rs.getString("name"), target, rs.getInt("each_side") == 1,
                rs.getString("exercise_id"));
    }
}
