package org.restride.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The versioned SQL scripts under {@code migrations/V<n>.sql}. Each runs in its own transaction, which also
 * sets {@code PRAGMA user_version} to its number, so a failed script leaves the database at the version before.
 */
final class Migrations {
    private static final String FOLDER = "migrations/";

    private Migrations() {
    }

    static int latestVersion() {
        int version = 0;
        while (Migrations.class.getResource(FOLDER + "V" + (version + 1) + ".sql") != null) {
            version++;
        }
        return version;
    }

    /** Brings the database from its current version up to {@code target}. */
    static void migrate(Connection connection, int target) throws SQLException {
        int current = userVersion(connection);
        for (int version = current + 1; version <= target; version++) {
            apply(connection, version);
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(script(version))) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Migration to version " + version + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String script(int version) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + "V" + version + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("missing migration script V" + version);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script V" + version, e);
        }
    }

    /** Splits a script at semicolons that end a line, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
