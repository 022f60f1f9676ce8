package org.restride.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.restride.app.FreshWorkspace;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.codec.ExerciseJson;
import org.restride.codec.ExerciseTextJson;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.library.ExerciseTextRows;
import org.restride.store.ExerciseTextRepository;

/**
 * Exchange files carry each exercise's Spanish beside its English ("texts": {"es": {...}} on its row): written on
 * export, read back whole on import, and a bad Spanish block refuses the file naming the exercise, nothing written.
 */
class ExchangeTextsTest extends FreshWorkspace {
    static final ExerciseText SPANISH = new ExerciseText("Puente con banda", "Fortalece los glúteos.",
            List.of("Acuéstese boca arriba.", "Suba la cadera."), List.of("Suelte el aire al subir"), List.of(),
            List.of("Escapes de orina"), "2 s arriba", "Descanse si hace falta.");

    private LibraryExchange exchange(Workspace w) {
        return new LibraryExchange(WorkspaceDatabase.of(w));
    }

    private Exercise own(String id) {
        Exercise e = StrictLibraryImportTest.linked(id, null, null);
        workspace.exercises().save(e);
        return e;
    }

    @Test
    void aRestrideFileKeepsBothLanguagesThereAndBack() throws Exception {
        own("own-bridge");
        own("own-english-only");
        workspace.exerciseTexts().save("own-bridge", "es", SPANISH);
        Path file = folder.resolve("ours.restride");
        assertEquals(2, exchange(workspace).exportTo(file));

        try (Workspace other = Workspace.open(folder.resolve("other"))) {
            ImportOutcome outcome = exchange(other).importFrom(file, DuplicateChoice.ASK);
            assertInstanceOf(ImportOutcome.Imported.class, outcome);
            assertEquals(SPANISH, other.exerciseTexts().find("own-bridge", "es").orElseThrow());
            assertTrue(other.exerciseTexts().find("own-english-only", "es").isEmpty(), "prints in English there too");
            assertEquals(workspace.exercises().find("own-bridge"), other.exercises().find("own-bridge"));
        }
    }

    @Test
    void aJsonFileWritesTheSpanishUnderTextsEs() throws Exception {
        own("own-bridge");
        workspace.exerciseTexts().save("own-bridge", "es", SPANISH);
        Path file = folder.resolve("ours.json");
        assertEquals(1, workspace.libraryFile().exportTo(file));
        var row = new ObjectMapper().readTree(file.toFile()).get("exercises").get(0);
        assertEquals("Puente con banda", row.get("texts").get("es").get("name").asText());
        assertEquals("2 s arriba", row.get("texts").get("es").get("tempo").asText());
        assertFalse(row.get("texts").get("es").has("mistakes") && row.get("texts").get("es").get("mistakes").size() > 0);
    }

    @Test
    void aFileWithoutTextsStillImports() throws Exception {
        Path file = jsonFile(row -> { });
        ImportOutcome outcome = exchange(workspace).importFrom(file, DuplicateChoice.ASK);
        assertInstanceOf(ImportOutcome.Imported.class, outcome);
        assertTrue(workspace.exercises().find("own-a").isPresent());
        assertTrue(workspace.exerciseTexts().find("own-a", "es").isEmpty());
    }

    @Test
    void aChangedSpanishIsADuplicateToAskAboutAndReplaceSetsIt() throws Exception {
        Exercise a = own("own-a");
        workspace.exerciseTexts().save("own-a", "es", SPANISH);
        Path file = jsonFile(row -> spanish(row).put("name", "Puente corto"));
        assertInstanceOf(ImportOutcome.Duplicate.class, exchange(workspace).importFrom(file, DuplicateChoice.ASK),
                "same English, other Spanish: asked, not taken as unchanged");
        assertEquals(SPANISH, workspace.exerciseTexts().find("own-a", "es").orElseThrow(), "nothing written while asking");
        exchange(workspace).importFrom(file, DuplicateChoice.REPLACE);
        assertEquals("Puente corto", workspace.exerciseTexts().find("own-a", "es").orElseThrow().name());
        assertEquals(a, workspace.exercises().find("own-a").orElseThrow());
    }

    @Test
    void keptBesideTheSpanishGoesWithTheNewCopy() throws Exception {
        Exercise a = own("own-a");
        Path file = jsonFile(row -> {
            row.put("name", "Exercise own-a, theirs");
            spanish(row);
        });
        exchange(workspace).importFrom(file, DuplicateChoice.KEEP_BOTH);
        assertTrue(workspace.exerciseTexts().find("own-a", "es").isEmpty(), "ours is as it was");
        assertEquals(SPANISH.name(), workspace.exerciseTexts().find("own-a-imported", "es").orElseThrow().name());
        assertEquals(a, workspace.exercises().find("own-a").orElseThrow());
    }

    @Test
    void anUnknownLanguageIsRefusedByNameAndNothingIsWritten() throws Exception {
        String message = refused(jsonFile(row -> row.putObject("texts").set("fr", textNode())));
        assertTrue(message.contains("row 1 (\"own-a\")") && message.contains("\"fr\"") && message.contains("\"es\""), message);
        assertTrue(refused(jsonFile(row -> row.putObject("texts").set("en", textNode()))).contains("\"en\""));
        assertTrue(refused(jsonFile(row -> row.putObject("texts").set("ES", textNode()))).contains("\"ES\""));
    }

    @Test
    void anUnknownFieldOrAWrongTypeIsRefusedNamingTheField() throws Exception {
        assertTrue(refused(jsonFile(row -> spanish(row).put("nombre", "x"))).contains("texts.es.nombre"));
        assertTrue(refused(jsonFile(row -> row.put("texts", "es"))).contains("texts must be an object"));
        assertTrue(refused(jsonFile(row -> row.putObject("texts").put("es", 3))).contains("texts.es must be an object"));
        assertTrue(refused(jsonFile(row -> spanish(row).put("steps", "Suba la cadera."))).contains("texts.es.steps must be a list"));
        assertTrue(refused(jsonFile(row -> spanish(row).putArray("cues").add(7))).contains("texts.es.cues must hold only text"));
        assertTrue(refused(jsonFile(row -> spanish(row).remove("name"))).contains("texts.es.name"));
    }

    @Test
    void oversizedSpanishIsRefusedWithItsLimit() throws Exception {
        String longName = refused(jsonFile(row -> spanish(row).put("name", "n".repeat(5_000))));
        assertTrue(longName.contains("texts.es.name") && longName.contains("at most 80 characters (was 5000)"), longName);
        ArrayNode steps = new ObjectMapper().createArrayNode();
        for (int i = 0; i < 10_000; i++) {
            steps.add("Paso " + i);
        }
        String many = refused(jsonFile(row -> spanish(row).set("steps", steps)));
        assertTrue(many.contains("texts.es.steps") && many.contains("(had 10000)"), many);
        String lines = refused(jsonFile(row -> spanish(row).put("summary", "línea\n".repeat(10_000))));
        assertTrue(lines.contains("texts.es.summary") && lines.contains("at most 200 characters"), lines);
    }

    @Test
    void aBadSpanishBlockOnTheSecondRowWritesNeitherRow() throws Exception {
        ObjectNode root = fileRoot(List.of(StrictLibraryImportTest.linked("own-a", null, null),
                StrictLibraryImportTest.linked("own-b", null, null)));
        ((ObjectNode) root.get("exercises").get(0)).putObject("texts").set("es", textNode());
        ((ObjectNode) root.get("exercises").get(1)).putObject("texts").putObject("es").put("summary", "Sin nombre");
        String message = refused(Files.writeString(folder.resolve("two.json"), root.toPrettyString()));
        assertTrue(message.contains("row 2 (\"own-b\")") && message.contains("texts.es.name"), message);
        assertTrue(workspace.exerciseTexts().find("own-a", "es").isEmpty());
    }

    private ObjectNode textNode() {
        return JsonNodeFactory.instance.objectNode().put("name", "Puente");
    }

    /** Gives the row the Spanish of {@link #SPANISH}; returns its "es" block to change. */
    private static ObjectNode spanish(ObjectNode row) {
        ObjectNode es = row.putObject("texts").putObject("es");
        es.setAll(ExerciseTextJson.writeText(SPANISH));
        return es;
    }

    private static ObjectNode fileRoot(List<Exercise> exercises) {
        ObjectNode root = new ObjectMapper().createObjectNode().put("format", "restride-library").put("version", 1);
        ArrayNode rows = root.putArray("exercises");
        exercises.forEach(e -> rows.add(ExerciseJson.write(e)));
        return root;
    }

    /** A JSON library file of exercise own-a, its row edited by {@code edit}. */
    private Path jsonFile(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = fileRoot(List.of(StrictLibraryImportTest.linked("own-a", null, null)));
        edit.accept((ObjectNode) root.get("exercises").get(0));
        return Files.writeString(folder.resolve("ours.json"), root.toPrettyString());
    }

    private String refused(Path file) {
        int before = workspace.exercises().count();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> exchange(workspace).importFrom(file, DuplicateChoice.REPLACE));
        assertInstanceOf(ExchangeException.class, e);
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
        assertEquals(before, workspace.exercises().count(), "nothing imported");
        return e.getMessage();
    }

    @Test
    void storedTextsAreReadForEveryLanguageButEnglish() {
        own("own-a");
        workspace.exerciseTexts().save("own-a", "es", SPANISH);
        var stored = ExerciseTextRows.stored(new ExerciseTextRepository(WorkspaceDatabase.of(workspace)),
                List.of("own-a", "own-z"));
        assertEquals(SPANISH, stored.get("own-a").get("es"));
        assertNull(stored.get("own-z"));
    }
}
