package org.restride.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.restride.text.KeyedProblem;

/**
 * Whether a copy of a database is one this Restride can work with: brought up to this version, every table a new
 * database has is there and can be read. A backup whose version number was reset or whose table was dropped
 * passes the header and integrity checks, yet would make every command fail once restored.
 */
final class SchemaCheck {
    private SchemaCheck() {
    }

    /** Migrates {@code copy} (a file nobody else uses) and reads each table once; a StoreException if it cannot. */
    static void usable(Path copy) {
        List<String> tables = tablesOfANewDatabase();
        try (Database database = Database.open(copy, Migrations.latestVersion())) {
            database.read(connection -> {
                try (Statement st = connection.createStatement()) {
                    for (String table : tables) {
                        st.executeQuery("SELECT * FROM \"" + table + "\" LIMIT 1").close();
                    }
                }
                return null;
            });
        }
    }

    private static List<String> tablesOfANewDatabase() {
        try (Connection fresh = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.migrate(fresh, Migrations.latestVersion());
            List<String> tables = new ArrayList<>();
            try (Statement st = fresh.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                         + " AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new StoreException(KeyedProblem.of("problems.store.tablesUnlisted"), e);
        }
    }
}
