package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one SQL helper: arguments bound in order, null as NULL, rows mapped, a bad statement refused. */
class SqlTest {
    @TempDir
    Path folder;

    @Test
    void bindsMapsAndCounts() {
        try (Database db = Database.openFolder(folder)) {
            db.write(c -> Sql.update(c, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", "a", "1"));
            assertEquals(1, (int) db.write(c -> Sql.update(c, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                    "b", "2")));
            assertEquals(List.of("a", "b"), db.read(c -> Sql.list(c, "SELECT key FROM settings WHERE key IN (?, ?) ORDER BY key",
                    rs -> rs.getString(1), "a", "b")));
            assertEquals(Optional.of("1"), db.read(c -> Sql.first(c, "SELECT value FROM settings WHERE key = ?",
                    rs -> rs.getString(1), "a")));
            assertEquals(Optional.empty(), db.read(c -> Sql.first(c, "SELECT value FROM settings WHERE key = ?",
                    rs -> rs.getString(1), "none")));
            assertEquals(List.of(1), db.read(c -> Sql.list(c, "SELECT 1 WHERE ? IS NULL", rs -> rs.getInt(1), (Object) null)),
                    "null binds NULL");
            assertThrows(RuntimeException.class, () -> db.read(c -> Sql.list(c, "SELECT nothing FROM nowhere", rs -> 1)));
        }
    }
}
