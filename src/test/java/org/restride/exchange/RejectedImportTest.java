package org.restride.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.domain.TestExercises;
import org.restride.io.InputRefusedException;

/** Every kind of bad file is refused with a one-line message naming the problem, and the database is unchanged. */
class RejectedImportTest {
    @TempDir
    Path folder;
    Workspace workspace;
    String goodRoadmap;
    String goodLibrary;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(folder.resolve("data"));
        workspace.exercises().save(TestExercises.exercise("own-wall-sit", "Wall sit"));
        Path roadmap = folder.resolve("good.restride");
        new RoadmapExchange(WorkspaceDatabase.of(workspace)).exportTemplate("return-to-run", roadmap);
        goodRoadmap = RoadmapExchangeTest.entryText(roadmap);
        Path library = folder.resolve("library.restride");
        new LibraryExchange(WorkspaceDatabase.of(workspace)).exportTo(library);
        goodLibrary = RoadmapExchangeTest.entryText(library);
        WorkspaceDatabase.of(workspace).write(c -> {
            c.createStatement().execute("DELETE FROM exercises WHERE id = 'own-wall-sit'");
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    enum Bad {
        NOT_A_ZIP("is not a Restride file: a .restride file is a zip, and this one is not"),
        ZIP_WITHOUT_CONTENT("it holds no restride.json"),
        EMPTY_ZIP("bad.restride is not a Restride exchange file (it holds no restride.json)"),
        NOT_JSON("restride.json is not valid JSON"),
        NEWER_VERSION("format version 2 is not one this Restride reads (1 to 1); it was written by a newer Restride"),
        NO_VERSION("version is missing"),
        LIBRARY_GIVEN_AS_ROADMAP("but a \"restride-roadmap\" file was expected (import it with library import)"),
        MISSING_TITLE("roadmap.title is missing"),
        HUGE_PHASE_KIND("roadmap.phases[1].kind must be one of foundation, strength, impact, run, lift, custom (was \"kkkk"),
        MISSING_EXERCISE_NAME("row 1 (\"own-wall-sit\"): name is missing"),
        BAD_DOSAGE("roadmap.phases[1].items[1].dosage.sets must be between 1 and 10 (was 0)"),
        DUPLICATE_IDS("row 2 (\"own-wall-sit\"): id is used twice in this file"),
        UNKNOWN_EXERCISE("uses the exercise \"nowhere-squat\", which is neither in this file nor in this Restride's library"),
        BUILT_IN_ID_REUSED("id is the id of a built-in exercise"),
        PATH_OUTSIDE_THE_ZIP("holds a file named \"../../evil.sh\", which points outside the zip"),
        ABSOLUTE_PATH("holds a file named \"/etc/cron.d/evil\", which points outside the zip"),
        ZIP_BOMB("\"pictures/huge.png\" is too large once unpacked (over 20 MB)"),
        SAME_ENTRY_TWICE("holds \"restride.json\" twice");

        final String message;

        Bad(String message) {
            this.message = message;
        }
    }

    @ParameterizedTest
    @EnumSource(Bad.class)
    void aBadRoadmapFileIsRefusedAndChangesNothing(Bad bad) throws Exception {
        Path file = folder.resolve("bad.restride");
        write(file, bad);
        int exercises = workspace.exercises().count();
        int templates = workspace.templates().all().size();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new RoadmapExchange(WorkspaceDatabase.of(workspace)).importAsTemplate(file, DuplicateChoice.REPLACE));
        assertTrue(e instanceof ExchangeException || e instanceof InputRefusedException, e.toString());
        assertTrue(e.getMessage().contains(bad.message), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.restride"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(e.getMessage().length() < 400, e.getMessage().length() + " characters");
        assertEquals(exercises, workspace.exercises().count());
        assertEquals(templates, workspace.templates().all().size());
    }

    @Test
    void anEmptyZipGivenAsALibraryHoldsNoContentRatherThanBeingNoZip() throws Exception {
        Path file = folder.resolve("empty.restride");
        write(file, Bad.EMPTY_ZIP);
        int exercises = workspace.exercises().count();
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> new LibraryExchange(WorkspaceDatabase.of(workspace)).importFrom(file, DuplicateChoice.REPLACE));
        assertEquals("empty.restride is not a Restride exchange file (it holds no restride.json).", e.getMessage());
        assertEquals(exercises, workspace.exercises().count());
    }

    private void write(Path file, Bad bad) throws Exception {
        String own = exerciseRow();
        switch (bad) {
            case NOT_A_ZIP -> Files.writeString(file, "PK but not really a zip".repeat(20));
            case ZIP_WITHOUT_CONTENT -> zip(file, Map.of("readme.txt", bytes("hello")));
            case EMPTY_ZIP -> Files.write(file, new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            case NOT_JSON -> zip(file, Map.of(ExchangeZip.ENTRY, bytes("{ not json")));
            case NEWER_VERSION -> json(file, goodRoadmap.replace("\"version\" : 1", "\"version\" : 2"));
            case NO_VERSION -> json(file, goodRoadmap.replace("\"version\" : 1,", ""));
            case LIBRARY_GIVEN_AS_ROADMAP -> json(file, goodLibrary);
            case HUGE_PHASE_KIND -> json(file, goodRoadmap.replaceFirst("\"kind\" : \"[a-z]*\"",
                    "\"kind\" : \"" + "k".repeat(99_000) + "\""));
            case MISSING_TITLE -> json(file, goodRoadmap.replaceFirst("\"title\" : \"[^\"]*\",", ""));
            case MISSING_EXERCISE_NAME -> json(file, withExercises(own.replace("\"name\" : \"Wall sit\",", "")));
            case BAD_DOSAGE -> json(file, goodRoadmap.replaceFirst("\"sets\" : \\d+", "\"sets\" : 0"));
            case DUPLICATE_IDS -> json(file, withExercises(own + ", " + own));
            case UNKNOWN_EXERCISE -> json(file, goodRoadmap.replaceFirst("\"exercise\" : \"[^\"]*\"", "\"exercise\" : \"nowhere-squat\""));
            case BUILT_IN_ID_REUSED -> json(file, withExercises(own.replace("own-wall-sit", "bridge-bodyweight")));
            case PATH_OUTSIDE_THE_ZIP -> zip(file, entries(Map.of("../../evil.sh", bytes("rm -rf ~"))));
            case ABSOLUTE_PATH -> zip(file, entries(Map.of("/etc/cron.d/evil", bytes("* * * * * evil"))));
            case ZIP_BOMB -> zip(file, entries(Map.of("pictures/huge.png", new byte[25 * 1024 * 1024])));
            case SAME_ENTRY_TWICE -> sameEntryTwice(file);
        }
    }

    private String exerciseRow() {
        int start = goodLibrary.indexOf("[") + 1;
        int end = goodLibrary.lastIndexOf("]");
        return goodLibrary.substring(start, end).strip();
    }

    private String withExercises(String rows) {
        return goodRoadmap.replaceFirst("\"exercises\" : \\[ ?\\]",
                Matcher.quoteReplacement("\"exercises\" : [" + rows + "]"));
    }

    private Map<String, byte[]> entries(Map<String, byte[]> extra) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(ExchangeZip.ENTRY, bytes(goodRoadmap));
        all.putAll(extra);
        return all;
    }

    private static void json(Path file, String json) throws Exception {
        zip(file, Map.of(ExchangeZip.ENTRY, bytes(json)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static void zip(Path file, Map<String, byte[]> entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    /** ZipOutputStream refuses a name twice, so the second copy is written under a same-length name and renamed. */
    private void sameEntryTwice(Path file) throws Exception {
        zip(file, new LinkedHashMap<>(Map.of(ExchangeZip.ENTRY, bytes(goodRoadmap), "restride.jsoX", bytes(goodRoadmap))));
        byte[] raw = Files.readAllBytes(file);
        String latin = new String(raw, StandardCharsets.ISO_8859_1).replace("restride.jsoX", "restride.json");
        Files.write(file, latin.getBytes(StandardCharsets.ISO_8859_1));
    }
}
