package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "export --roadmap" keeps what it wrote; "handouts" lists a patient's handouts and writes one out as it was. */
class HandoutsCommandTest {
    @TempDir
    Path folder;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(all, f -> { }, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anExportIsKeptListedAndWrittenOutExactly() throws Exception {
        assertEquals(0, run("demo").code());
        Path exported = folder.resolve("maya.pdf");
        Run export = run("export", "--roadmap", "1", "--out", exported.toString(), "--paper", "a4");
        assertEquals(0, export.code(), export.err());
        Matcher kept = Pattern.compile("handout (\\d+)").matcher(export.out());
        assertTrue(kept.find(), export.out());
        String id = kept.group(1);

        Run list = run("handouts", "--patient", "1");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith(id + "  "), list.out());
        assertTrue(list.out().contains("exported") && list.out().contains("A4"), list.out());

        Path copy = folder.resolve("copy.pdf");
        Run write = run("handouts", "--write", id, "--out", copy.toString());
        assertEquals(0, write.code(), write.err());
        assertArrayEquals(Files.readAllBytes(exported), Files.readAllBytes(copy));
    }

    @Test
    void aHandoutThatCannotBeKeptInHerHistoryIsNotLeftBehindNorCalledWritten() throws Exception {
        assertEquals(0, run("demo").code());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("data/restride.db"));
             var st = c.createStatement()) {
            // as a full disk would: the record of the handout cannot be saved
            st.execute("CREATE TRIGGER no_room BEFORE INSERT ON issued_handouts BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        }
        Path exported = folder.resolve("maya.pdf");
        Run export = run("export", "--roadmap", "1", "--out", exported.toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, export.code(), export.out());
        assertFalse(export.out().contains("Wrote"), export.out());
        assertEquals(1, export.err().strip().lines().count(), export.err());
        assertFalse(Files.exists(exported), "no handout she has no record of");
    }

    @Test
    void badRequestsSayWhatIsWrongAndWriteNothing() throws Exception {
        assertEquals(0, run("demo").code());
        Run none = run("handouts", "--patient", "2");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().contains("No handouts"), none.out());

        Path copy = folder.resolve("copy.pdf");
        Run missing = run("handouts", "--write", "999", "--out", copy.toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, missing.code());
        assertTrue(missing.err().contains("no issued handout 999"), missing.err());
        assertFalse(Files.exists(copy));

        Run intoData = run("handouts", "--write", "1", "--out", folder.resolve("data").resolve("x.pdf").toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, intoData.code(), intoData.out());
        assertFalse(Files.exists(folder.resolve("data").resolve("x.pdf")));

        Run noOut = run("handouts", "--write", "1");
        assertEquals(CommandLineRunner.EXIT_USAGE, noOut.code());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        assertEquals(CommandLineRunner.EXIT_FAILED, run("handouts", "--patient", "77").code());
    }
}
