package org.restride.store;

import java.util.Optional;

/** Small named values kept between starts (window place, last view, the fingerprint of seeded content). */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> Sql.first(c, "SELECT value FROM settings WHERE key = ?", rs -> rs.getString(1), key));
    }

    public void put(String key, String value) {
        db.write(c -> Sql.update(c, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", key, value));
    }
}
