package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient's stored handout language changed outside Restride: one that does not make a language code ('es;
 * DROP', '') is a damaged record named by its table, row and field, never quoting what is stored; a code this
 * build does not print ('fr') prints English with one warning saying so.
 */
class StoredLanguageCommandLineTest {
    @TempDir
    Path folder;
    Path data;

    @BeforeEach
    void sampleClinic() {
        data = CliRun.sampleClinic(folder);
    }

    void store(String language) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("restride.db"));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            assertEquals(1, st.executeUpdate("UPDATE patients SET handout_language = '" + language + "' WHERE id = 1"));
        }
    }

    @Test
    void aLanguageThatIsNoCodeIsADamagedRecordAndIsNotQuoted() throws Exception {
        for (String stored : new String[] {"es; DROP", ""}) {
            store(stored);
            Path pdf = folder.resolve("maya.pdf");
            CliRun run = CliRun.inData(data, "export", "--roadmap", "1", "--out", pdf.toString());
            assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), stored + ": " + run.out());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("A saved record is damaged (patients, row 1:"), run.err());
            assertTrue(run.err().contains("handoutLanguage"), "the field is named: " + run.err());
            assertFalse(run.err().toLowerCase().contains("drop"), "the stored text is not quoted: " + run.err());
            assertFalse(run.err().contains("bad value"), run.err());
            assertFalse(Files.exists(pdf));
        }
    }

    @Test
    void aLanguageThisBuildDoesNotPrintIsSaidOnceAndEnglishPrints() throws Exception {
        for (String stored : new String[] {"fr", "zz"}) {
            store(stored);
            Path pdf = folder.resolve(stored + ".pdf");
            CliRun run = CliRun.inData(data, "export", "--roadmap", "1", "--out", pdf.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(Files.size(pdf) > 0);
            long said = run.err().lines().filter(l -> l.contains("\"" + stored + "\" is not one this Restride prints")).count();
            assertEquals(1, said, run.err());
            assertTrue(run.err().contains("so English was used"), run.err());
        }
        CliRun chosen = CliRun.inData(data, "export", "--roadmap", "1", "--language", "en", "--out",
                folder.resolve("en.pdf").toString());
        assertEquals(0, chosen.code(), chosen.err());
        assertFalse(chosen.err().contains("not one this Restride prints"), "the PT chose English: " + chosen.err());
    }
}
