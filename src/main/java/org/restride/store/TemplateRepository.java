package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restride.domain.Template;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** Templates: the built-in ones (replaced on each seeding) and the clinic's own. */
public final class TemplateRepository {
    private final Database db;

    public TemplateRepository(Database db) {
        this.db = db;
    }

    public List<Template> all() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id, key, title, goal, built_in FROM templates"
                            + " ORDER BY built_in DESC, CASE built_in WHEN 1 THEN id END, title")) {
                return readAll(c, st);
            }
        });
    }

    public Optional<Template> find(String key) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, key, title, goal, built_in FROM templates WHERE key = ?")) {
                st.setString(1, key);
                List<Template> found = readAll(c, st);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /**
     * Saves the clinic's template under its key. A built-in key cannot be overwritten this way, so a built-in
     * template is never changed by the clinic.
     */
    public void save(Template template) {
        db.write(c -> {
            Optional<Template> existing = find(template.key());
            if (existing.isPresent() && existing.get().builtIn() != template.builtIn()) {
                throw new StoreException(KeyedProblem.of("problems.store.builtInTemplate", Excerpt.of(template.key())));
            }
            long id;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO templates (key, title, goal, built_in) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET title = excluded.title, goal = excluded.goal RETURNING id")) {
                st.setString(1, template.key());
                st.setString(2, template.title());
                st.setString(3, template.goal());
                st.setInt(4, template.builtIn() ? 1 : 0);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            PhaseStore.replace(c, PhaseStore.Owner.TEMPLATE, id, template.phases());
            return null;
        });
    }

    /** Deletes one of the clinic's templates. Built-in templates cannot be deleted. */
    public void delete(String key) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM templates WHERE key = ? AND built_in = 0")) {
                st.setString(1, key);
                if (st.executeUpdate() == 0) {
                    throw new StoreException(KeyedProblem.of("problems.store.templateNotDeleted", Excerpt.of(key)));
                }
            }
            return null;
        });
    }

    private static List<Template> readAll(Connection c, PreparedStatement st) throws SQLException {
        List<Template> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(DamagedRecordException.reading("templates", rs.getString("key"), () -> new Template(rs.getString("key"),
                        rs.getString("title"), rs.getString("goal"), rs.getInt("built_in") == 1,
                        PhaseStore.read(c, PhaseStore.Owner.TEMPLATE, rs.getLong("id")))));
            }
        }
        return out;
    }
}
