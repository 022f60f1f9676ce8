package org.restride.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.restride.app.FreshWorkspace;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.codec.ExerciseJson;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.TestExercises;
import org.restride.library.BuiltInLibrary;
import org.restride.library.LibraryFile;

/**
 * A library file (JSON or .restride) is read strictly: a field a Restride file does not have is refused by name,
 * never silently left out, and harder/easier links that go round in a circle are refused naming two of the
 * exercises on it. Nothing is imported either way. What Restride itself writes, and its built-in library, still
 * import whole.
 */
class StrictLibraryImportTest extends FreshWorkspace {
    static Exercise linked(String id, String easier, String harder) {
        Exercise e = TestExercises.exercise(id, "Exercise " + id);
        return new Exercise(e.id(), e.name(), e.summary(), e.steps(), e.cues(), e.mistakes(), e.watchFor(), e.phases(),
                e.region(), e.equipment(), e.position(), e.impact(), e.pelvicFloorDemand(), e.tags(), e.defaultDosage(),
                easier, harder, ExerciseSource.CLINIC, null, false);
    }

    /** A JSON library file of these exercises, as Restride writes it, edited by {@code edit}. */
    private Path jsonFile(List<Exercise> exercises, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = new ObjectMapper().createObjectNode().put("format", "restride-library").put("version", 1);
        ArrayNode rows = root.putArray("exercises");
        exercises.forEach(e -> rows.add(ExerciseJson.write(e)));
        edit.accept(root);
        return Files.writeString(folder.resolve("ours.json"), root.toPrettyString());
    }

    private String refused(Path file) {
        int before = workspace.exercises().count();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new LibraryExchange(WorkspaceDatabase.of(workspace)).importFrom(file, DuplicateChoice.REPLACE));
        assertInstanceOf(ExchangeException.class, e);
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertEquals(before, workspace.exercises().count(), "nothing imported");
        return e.getMessage();
    }

    @Test
    void aFieldALibraryFileDoesNotHaveIsRefusedByName() throws Exception {
        List<Exercise> two = List.of(linked("own-a", null, "own-b"), linked("own-b", "own-a", null));
        Map<Consumer<ObjectNode>, String> cases = Map.of(
                root -> root.put("comment", "made by hand"), "ours.json: \"comment\" is not a field of a Restride file",
                root -> ((ObjectNode) root.get("exercises").get(1)).put("nmae", "typo"),
                "row 2 (\"own-b\"): \"nmae\" is not a field of a Restride exercise",
                root -> ((ObjectNode) root.get("exercises").get(0).get("dosage")).put("setz", 3),
                "row 1 (\"own-a\"): \"dosage.setz\" is not a field of a Restride exercise",
                root -> ((ObjectNode) root.get("exercises").get(0).get("dosage").get("intensity")).put("rpm", 3),
                "\"dosage.intensity.rpm\" is not a field",
                root -> ((ObjectNode) root.get("exercises").get(0)).put("\u001b[2J" + "x".repeat(500), 1),
                "\"\\u001b[2Jxxxx");
        for (Map.Entry<Consumer<ObjectNode>, String> one : cases.entrySet()) {
            String message = refused(jsonFile(two, one.getKey()));
            assertTrue(message.contains(one.getValue()), message);
        }
    }

    @Test
    void aPicturesRowOfAnExchangeFileWithAFieldItDoesNotHaveIsRefused() throws Exception {
        Path file = folder.resolve("ours.restride");
        ObjectNode root = ExchangeZip.header(ExchangeFormat.LIBRARY);
        root.set("exercises", LibraryExchange.exercisesJson(List.of(linked("own-a", null, null))));
        root.putArray(ExchangePictures.SECTION).addObject().put("exercise", "own-a").put("caption", "mine");
        RejectedImportTest.zip(file, Map.of(ExchangeZip.ENTRY, root.toPrettyString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused(file).contains("pictures row 1 (\"own-a\"): \"caption\" is not a field"));
    }

    @Test
    void harderAndEasierLinksThatGoRoundInACircleAreRefusedNamingTwoOfThem() throws Exception {
        String twoWay = refused(jsonFile(List.of(linked("own-a", null, "own-b"), linked("own-b", null, "own-a")), r -> { }));
        assertTrue(twoWay.contains("go round in a circle through \"own-a\" and \"own-b\""), twoWay);
        // a harder than b, b harder than c, and c said to be easier than a: round again
        String longer = refused(jsonFile(List.of(linked("own-a", "own-c", "own-b"), linked("own-b", null, "own-c"),
                linked("own-c", null, null)), r -> { }));
        assertTrue(longer.contains("go round in a circle through \"own-a\" and \"own-b\""), longer);
        // through an exercise already in the library
        workspace.exercises().save(linked("own-old", null, "own-new"));
        String withTheLibrary = refused(jsonFile(List.of(linked("own-new", null, "own-old")), r -> { }));
        assertTrue(withTheLibrary.contains("through \"own-new\" and \"own-old\""), withTheLibrary);
    }

    @Test
    void whatRestrideWritesImportsWhole() throws Exception {
        List<Exercise> ladder = List.of(linked("own-a", null, "own-b"), linked("own-b", "own-a", "own-c"),
                linked("own-c", "own-b", null));
        ladder.forEach(workspace.exercises()::save);
        Path json = folder.resolve("ours.json");
        Path zip = folder.resolve("ours.restride");
        new LibraryFile(WorkspaceDatabase.of(workspace)).exportTo(json);
        new LibraryExchange(WorkspaceDatabase.of(workspace)).exportTo(zip);
        for (Path file : List.of(json, zip)) {
            try (Workspace other = Workspace.open(folder.resolve("other-" + file.getFileName()))) {
                new LibraryExchange(WorkspaceDatabase.of(other)).importFrom(file, DuplicateChoice.ASK);
                for (Exercise e : ladder) {
                    assertEquals(e, other.exercises().find(e.id()).orElseThrow(), file + ": " + e.id());
                }
            }
        }
    }

    @Test
    void theBuiltInLibraryReadsStrictlyAndHasNoCircle() {
        List<Exercise> builtIn = BuiltInLibrary.load().exercises();
        assertTrue(builtIn.size() > 100);
        for (Exercise e : builtIn) {
            ObjectNode written = ExerciseJson.write(e);
            ExerciseJson.requireKnownFields(written);
            assertEquals(e, ExerciseJson.read(written, ExerciseSource.BUILT_IN), e.id());
        }
        assertEquals(Optional.empty(), LinkLoops.find(builtIn, builtIn.stream().map(Exercise::id).toList()));
    }
}
