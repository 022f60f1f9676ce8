package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.codec.ExerciseJson;
import org.restride.domain.TestExercises;

/**
 * Refusals say what is wrong in the file's own words: a version far too large is one this Restride does not read,
 * a self-link links to itself, a field is named as the file spells it, a text value is quoted once, a typed ID
 * must be a whole number, and a long one-word search asks for fewer characters. One line each, nothing imported.
 */
class ClearerMessagesCommandLineTest {
    @TempDir
    static Path folder;
    static ObjectNode roadmap;

    @BeforeAll
    static void clinic() throws Exception {
        assertEquals(0, CliRun.inData(data(), "demo").code());
        Path sent = folder.resolve("sent.restride");
        assertEquals(0, CliRun.inData(data(), "roadmap", "export", "--roadmap", "1", "--out", sent.toString()).code());
        try (ZipFile zip = new ZipFile(sent.toFile())) {
            roadmap = (ObjectNode) new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("restride.json")));
        }
    }

    static Path data() {
        return folder.resolve("data");
    }

    private static String refused(String... command) {
        CliRun run = CliRun.inData(data(), command);
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.code() != 0, run.err());
        return run.err();
    }

    private static String library(ObjectNode exercise, String version) throws Exception {
        Path file = Files.writeString(folder.resolve("lib.json"), "{\"format\": \"restride-library\", \"version\": " + version
                + ", \"exercises\": [" + exercise + "]}");
        return refused("library", "import", file.toString());
    }

    private static String roadmap(Consumer<ObjectNode> phase) throws Exception {
        ObjectNode root = roadmap.deepCopy();
        phase.accept((ObjectNode) root.get("roadmap").get("phases").get(0));
        Path file = folder.resolve("edited.restride");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("restride.json"));
            zip.write(root.toString().getBytes(StandardCharsets.UTF_8));
        }
        return refused("roadmap", "import", file.toString());
    }

    @Test
    void fileProblemsAreToldInTheFilesOwnWords() throws Exception {
        ObjectNode own = ExerciseJson.write(TestExercises.exercise("own-a", "A"));
        assertTrue(library(own, "1" + "0".repeat(30)).contains("format version 1000000000000000000000000000000 is not one"
                + " this Restride reads"));
        assertTrue(library(own.deepCopy().put("harder", "own-a"), "1").contains("row 1 (\"own-a\"): links to itself"));
        ObjectNode textSets = own.deepCopy();
        ((ObjectNode) textSets.get("dosage")).put("sets", "3");
        String sets = library(textSets, "1");
        assertTrue(sets.contains("dosage.sets must be a whole number, not text (was \"3\")"), sets);

        String dosage = roadmap(p -> ((ObjectNode) p.get("items").get(0)).put("dosage", 5));
        assertTrue(dosage.contains("items[1].dosage must be an object"), dosage);
        assertFalse(dosage.contains("dosage.dosage"), dosage);
        String weeks = roadmap(p -> p.put("fromWeek", 5).put("toWeek", 2));
        assertTrue(weeks.contains("roadmap.phases[1].toWeek "), weeks);
    }

    @Test
    void typedValuesAreToldAsWhatTheyMustBe() {
        String id = refused("handouts", "--write", "abc", "--out", folder.resolve("x.pdf").toString());
        assertTrue(id.contains("\"abc\" must be a whole number"), id);
        assertFalse(id.contains("long"), id);
        String search = refused("library", "search", "a".repeat(100_000));
        assertTrue(search.contains("search for fewer characters"), search.substring(0, Math.min(300, search.length())));
        assertTrue(search.length() < 400, "the search is not repeated back");
    }

    @Test
    void theSameTestTwiceInAVisitAndAnUnknownBasedOnAreRefusedByName() throws Exception {
        Path visit = Files.writeString(folder.resolve("visit.json"), "{\"date\": \"" + LocalDate.now()
                + "\", \"tests\": [{\"criterion\": \"Walking\", \"value\": 30}, {\"criterion\": \"Walking\", \"value\": 5}]}");
        String twice = refused("verdict", "--roadmap", "1", "--visit", visit.toString());
        assertTrue(twice.contains("tests[2].criterion is the same test as tests[1]"), twice);
        for (String reason : new String[] {"", "\"reason\": \"\""}) {
            Path override = Files.writeString(folder.resolve("override.json"), "{\"date\": \"" + LocalDate.now()
                    + "\", \"overrides\": [{\"rule\": \"symptoms-to-assess\"" + (reason.isEmpty() ? "" : ", " + reason) + "}]}");
            String said = refused("verdict", "--roadmap", "1", "--visit", override.toString());
            assertTrue(said.contains(" overrides[1].reason "), said);
            assertFalse(said.contains("overrides[1].overrides") || said.contains("override reason"), said);
        }
        String basedOn = library(ExerciseJson.write(TestExercises.exercise("own-b", "B")).put("basedOn", "no-such-exercise"), "1");
        assertTrue(basedOn.contains("row 1 (\"own-b\"): basedOn names \"no-such-exercise\", which is not in the library"), basedOn);
        assertFalse(CliRun.inData(data(), "library", "list").out().contains("own-b"), "nothing imported");
    }
}
