package org.restride.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.domain.Roadmap;

/**
 * A roadmap file is read as strictly as a library file: a field Restride does not write, at any level (the top,
 * the roadmap, a phase, an item, its dosage and intensity, a criterion), is refused by where it is and its name,
 * and no template or exercise is saved. What Restride writes still imports.
 */
class StrictRoadmapImportTest {
    @TempDir
    Path folder;
    Workspace sender;
    Workspace receiver;
    ObjectNode written;

    @BeforeEach
    void open() throws Exception {
        sender = Workspace.open(folder.resolve("sender"));
        receiver = Workspace.open(folder.resolve("receiver"));
        Roadmap demo = new DemoClinic(sender).fill().roadmaps().get(0);
        Path file = folder.resolve("sent.restride");
        new RoadmapExchange(WorkspaceDatabase.of(sender)).exportRoadmap(demo.id(), file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            written = (ObjectNode) new ObjectMapper().readTree(zip.getInputStream(zip.getEntry(ExchangeZip.ENTRY)));
        }
    }

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
    }

    private Path edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = written.deepCopy();
        edit.accept(root);
        Path file = folder.resolve("x.restride");
        RejectedImportTest.zip(file, Map.of(ExchangeZip.ENTRY, root.toPrettyString().getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    private static ObjectNode phase(ObjectNode root, int n) {
        return (ObjectNode) root.get("roadmap").get("phases").get(n);
    }

    @Test
    void aFieldAtAnyLevelIsRefusedByWhereItIsAndNothingIsSaved() throws Exception {
        Map<Consumer<ObjectNode>, String> cases = new LinkedHashMap<>();
        cases.put(root -> root.put("comment", 1), "x.restride: \"comment\" is not a field of a Restride file");
        cases.put(root -> ((ObjectNode) root.get("roadmap")).put("titel", "x"), "x.restride: roadmap: \"titel\" is not a field");
        cases.put(root -> phase(root, 1).put("weeks", 3), "roadmap.phases[2]: \"weeks\" is not a field");
        cases.put(root -> ((ObjectNode) phase(root, 0).get("items").get(0)).put("notes", "x"),
                "roadmap.phases[1].items[1]: \"notes\" is not a field");
        cases.put(root -> ((ObjectNode) phase(root, 0).get("items").get(1).get("dosage")).put("setz", 3),
                "roadmap.phases[1].items[2].dosage: \"setz\" is not a field");
        cases.put(root -> ((ObjectNode) phase(root, 0).get("items").get(0).get("dosage")).putObject("intensity")
                .put("rpe", 3).put("rpm", 2), "roadmap.phases[1].items[1].dosage.intensity: \"rpm\" is not a field");
        cases.put(root -> ((ObjectNode) phase(root, 0).get("criteria").get(0)).put("target", 3),
                "roadmap.phases[1].criteria[1]: \"target\" is not a field");
        for (var one : cases.entrySet()) {
            Path file = edited(one.getKey());
            int templates = receiver.templates().all().size();
            RuntimeException e = assertThrows(RuntimeException.class, () -> new RoadmapExchange(
                    WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.REPLACE));
            assertInstanceOf(ExchangeException.class, e);
            assertTrue(e.getMessage().contains(one.getValue()), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertEquals(templates, receiver.templates().all().size(), "no template saved");
        }
    }

    @Test
    void whatRestrideWritesStillImports() throws Exception {
        int templates = receiver.templates().all().size();
        ImportOutcome outcome = new RoadmapExchange(WorkspaceDatabase.of(receiver))
                .importAsTemplate(edited(root -> { }), DuplicateChoice.ASK);
        assertInstanceOf(ImportOutcome.Imported.class, outcome);
        assertEquals(templates + 1, receiver.templates().all().size());
        assertFalse(written.get("roadmap").get("phases").isEmpty());
    }
}
