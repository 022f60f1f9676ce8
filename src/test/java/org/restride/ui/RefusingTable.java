package org.restride.ui;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * A store that fails, for tests of failed saves: while open, every insert, update and delete on the named tables of
 * the data folder's database is refused (as a full disk or a locked file would refuse it), at once. Closing it lets
 * writes through again.
 */
public final class RefusingTable implements AutoCloseable {
    private static final List<String> WRITES = List.of("INSERT", "UPDATE", "DELETE");
    private final Connection connection;
    private final List<String> tables;

    private RefusingTable(Connection connection, List<String> tables) {
        this.connection = connection;
        this.tables = tables;
    }

    /** Refuses writes to {@code tables} in the database of the data folder {@code folder}. */
    public static RefusingTable in(Path folder, String... tables) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("restride.db"));
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                for (String write : WRITES) {
                    st.execute("CREATE TRIGGER " + trigger(table, write) + " BEFORE " + write + " ON " + table
                            + " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
                }
            }
        }
        return new RefusingTable(c, List.of(tables));
    }

    private static String trigger(String table, String write) {
        return "test_refuse_" + table + "_" + write.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String table : tables) {
                for (String write : WRITES) {
                    st.execute("DROP TRIGGER " + trigger(table, write));
                }
            }
        } finally {
            connection.close();
        }
    }
}
