package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.ValidationException;
import org.restride.text.KeyedProblem;
import org.restride.domain.TextFold;

/** Patients, found by any part of their name regardless of case and accents. */
public final class PatientRepository {
    private static final String COLUMNS = "id, display_name, date_of_birth, delivery_date, delivery_type, "
            + "perineal_tear_grade, births, breastfeeding, goals, notes, handout_language";

    private final Database db;

    public PatientRepository(Database db) {
        this.db = db;
    }

    /** Inserts a new patient (no id) or updates one; returns it with its id. */
    public Patient save(Patient p) {
        return db.write(c -> {
            String sql = p.id() == null
                    ? "INSERT INTO patients (display_name, name_folded, date_of_birth, delivery_date, delivery_type, "
                    + "perineal_tear_grade, births, breastfeeding, goals, notes, handout_language, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE patients SET display_name = ?, name_folded = ?, date_of_birth = ?, delivery_date = ?, "
                    + "delivery_type = ?, perineal_tear_grade = ?, births = ?, breastfeeding = ?, goals = ?, notes = ?, "
                    + "handout_language = ?, updated_at = ? WHERE id = ?";
            try (PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                st.setString(i++, p.displayName());
                st.setString(i++, TextFold.fold(p.displayName()));
                st.setString(i++, Rows.date(p.dateOfBirth()));
                st.setString(i++, Rows.date(p.deliveryDate()));
                st.setString(i++, p.deliveryType().key());
                Rows.integer(st, i++, p.perinealTearGrade());
                st.setInt(i++, p.births());
                st.setInt(i++, p.breastfeeding() ? 1 : 0);
                st.setString(i++, Json.texts(p.goals()));
                st.setString(i++, p.notes());
                st.setString(i++, p.handoutLanguage());
                st.setString(i++, Instant.now(db.clock()).toString());
                if (p.id() == null) {
                    st.executeUpdate();
                    return p.withId(Rows.insertedId(st));
                }
                st.setLong(i, p.id());
                if (st.executeUpdate() == 0) {
                    throw new StoreException(KeyedProblem.of("problems.store.patientGone"));
                }
                return p;
            }
        });
    }

    public Optional<Patient> find(long id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM patients WHERE id = ?")) {
                st.setLong(1, id);
                List<Patient> found = readAll(st);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Patients whose name contains the text (all when it is blank), in name order. */
    public List<Patient> search(String text) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM patients WHERE instr(name_folded, ?) > 0 ORDER BY name_folded")) {
                st.setString(1, TextFold.fold(text == null ? "" : text.strip()));
                return readAll(st);
            }
        });
    }

    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM patients WHERE id = ?")) {
                st.setLong(1, id);
                return st.executeUpdate();
            }
        });
    }

    private static List<Patient> readAll(PreparedStatement st) throws SQLException {
        List<Patient> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(DamagedRecordException.reading("patients", rs.getLong("id"), () -> new Patient(rs.getLong("id"),
                        rs.getString("display_name"), Rows.date(rs, "date_of_birth"),
                        Rows.date(rs, "delivery_date"), DeliveryType.fromKey(rs.getString("delivery_type")),
                        Rows.integer(rs, "perineal_tear_grade"), rs.getInt("births"), rs.getInt("breastfeeding") == 1,
                        Json.texts(rs.getString("goals")), rs.getString("notes"), storedLanguage(rs))));
            }
        }
        return out;
    }

    /** Her stored handout language: an empty one is a damaged row (the table's CHECK forbids it), never "none". */
    private static String storedLanguage(ResultSet rs) throws SQLException {
        String code = rs.getString("handout_language");
        if (code != null && code.isBlank()) {
            throw new ValidationException("handoutLanguage", "languageCode", "");
        }
        return code;
    }
}
