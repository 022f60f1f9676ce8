package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.restride.domain.ClinicProfile;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.PaperSize;
import org.restride.domain.WeightUnit;

/** The one clinic profile of a data folder. */
public final class ClinicProfileRepository {
    private final Database db;

    public ClinicProfileRepository(Database db) {
        this.db = db;
    }

    /** The saved profile, or an empty one with the defaults. */
    public ClinicProfile load() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM clinic_profile WHERE id = 1");
                 ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return ClinicProfile.empty();
                }
                return new ClinicProfile(rs.getString("clinic_name"), rs.getString("address"), rs.getString("phone"),
                        rs.getString("email"), rs.getString("website"), rs.getBytes("logo"), rs.getString("therapist_name"),
                        rs.getString("credentials"), PaperSize.fromKey(rs.getString("paper_size")),
                        WeightUnit.fromKey(rs.getString("units")), rs.getString("language"), rs.getString("disclaimer"),
                        rs.getString("country"), ClinicianTerm.fromKey(rs.getString("clinician_term")));
            }
        });
    }

    public void save(ClinicProfile p) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO clinic_profile (id, clinic_name, address, "
                    + "phone, email, website, logo, therapist_name, credentials, paper_size, units, language, disclaimer, "
                    + "country, clinician_term) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setString(1, p.clinicName());
                st.setString(2, p.address());
                st.setString(3, p.phone());
                st.setString(4, p.email());
                st.setString(5, p.website());
                st.setBytes(6, p.logo());
                st.setString(7, p.therapistName());
                st.setString(8, p.credentials());
                st.setString(9, p.paperSize().key());
                st.setString(10, p.units().key());
                st.setString(11, p.language());
                st.setString(12, p.disclaimer());
                st.setString(13, p.country());
                st.setString(14, p.clinicianTerm().key());
                return st.executeUpdate();
            }
        });
    }
}
