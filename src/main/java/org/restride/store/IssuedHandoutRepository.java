package org.restride.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restride.text.KeyedProblem;

/** Handouts as they were issued: the exact PDF of every export or print made for a patient, newest first. */
public final class IssuedHandoutRepository {
    private static final String COLUMNS = "id, patient_id, roadmap_id, title, issued_at, channel, options, page_count, "
            + "length(pdf)";

    private final Database db;

    public IssuedHandoutRepository(Database db) {
        this.db = db;
    }

    /**
     * Keeps the PDF as issued and returns what was stored. Refuses a PDF larger than {@link IssuedHandout#MOST_BYTES}
     * or one that is not a PDF, with a one-line message.
     */
    public IssuedHandout add(long patientId, Long roadmapId, String title, Instant issuedAt, IssuedHandout.Channel channel,
                             String options, int pageCount, byte[] pdf) {
        if (pdf == null || pdf.length < 5 || pdf.length > IssuedHandout.MOST_BYTES
                || !new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new StoreException(KeyedProblem.of("problems.store.issuedTooLarge", IssuedHandout.MOST_BYTES / (1024 * 1024)));
        }
        IssuedHandout made = new IssuedHandout(null, patientId, roadmapId, title, issuedAt, channel, options, pageCount,
                pdf.length);
        long id = db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO issued_handouts (patient_id, roadmap_id, title, "
                    + "issued_at, channel, options, page_count, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setLong(1, patientId);
                Rows.integer(st, 2, roadmapId);
                st.setString(3, made.title());
                st.setString(4, issuedAt.toString());
                st.setString(5, channel.key());
                st.setString(6, made.options());
                st.setInt(7, pageCount);
                st.setBytes(8, pdf);
                st.executeUpdate();
                return Rows.insertedId(st);
            }
        });
        return new IssuedHandout(id, patientId, roadmapId, made.title(), issuedAt, channel, made.options(), pageCount,
                pdf.length);
    }

    /** The patient's issued handouts, newest first. */
    public List<IssuedHandout> forPatient(long patientId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM issued_handouts WHERE patient_id = ? ORDER BY issued_at DESC, id DESC")) {
                st.setLong(1, patientId);
                List<IssuedHandout> found = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
                return found;
            }
        });
    }

    public Optional<IssuedHandout> find(long id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM issued_handouts WHERE id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The exact bytes of the PDF as issued. */
    public Optional<byte[]> pdf(long id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT pdf FROM issued_handouts WHERE id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    private static IssuedHandout read(ResultSet rs) throws SQLException {
        Number roadmap = Rows.number(rs, "roadmap_id");
        return new IssuedHandout(rs.getLong(1), rs.getLong(2), roadmap == null ? null : roadmap.longValue(),
                rs.getString(4), Instant.parse(rs.getString(5)), IssuedHandout.Channel.fromKey(rs.getString(6)),
                rs.getString(7), rs.getInt(8), rs.getInt(9));
    }
}
