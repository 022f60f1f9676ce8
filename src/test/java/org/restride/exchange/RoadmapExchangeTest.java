package org.restride.exchange;

import org.restride.app.WorkspaceDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.domain.TestExercises;

class RoadmapExchangeTest {
    @TempDir
    Path folder;
    Workspace sender;
    Workspace receiver;
    Roadmap roadmap;
    Exercise own;

    @BeforeEach
    void open() {
        sender = Workspace.open(folder.resolve("sender"));
        receiver = Workspace.open(folder.resolve("receiver"));
        Roadmap demo = new DemoClinic(sender).fill().roadmaps().get(0);
        own = TestExercises.exercise("own-wall-sit", "Wall sit, our way");
        Exercise easier = TestExercises.exercise("own-wall-lean", "Wall lean");
        sender.exercises().save(easier);
        own = new Exercise(own.id(), own.name(), own.summary(), own.steps(), own.cues(), own.mistakes(), own.watchFor(),
                own.phases(), own.region(), own.equipment(), own.position(), own.impact(), own.pelvicFloorDemand(),
                own.tags(), own.defaultDosage(), easier.id(), null, own.source(), null, false);
        sender.exercises().save(own);
        Phase first = demo.phases().get(0);
        List<PhaseItem> items = new ArrayList<>(first.items());
        items.add(new PhaseItem(own.id(), own.defaultDosage(), "Back flat on the wall."));
        List<Phase> phases = new ArrayList<>(demo.phases());
        phases.set(0, first.withItems(items));
        roadmap = sender.roadmaps().save(demo.withPhases(phases));
    }

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
    }

    @Test
    void aRoadmapTravelsWithoutItsPatientAndArrivesAsATemplateWithTheClinicsExercises() throws Exception {
        Path file = folder.resolve("maya" + ExchangeFormat.EXTENSION);
        new RoadmapExchange(WorkspaceDatabase.of(sender)).exportRoadmap(roadmap.id(), file);
        String json = entryText(file);
        for (String personal : List.of("Maya", "Okafor", "leaking when she sneezes", "patient")) {
            assertFalse(json.contains(personal), "the file says nothing of the patient: " + personal);
        }

        ImportOutcome.Imported imported = assertInstanceOf(ImportOutcome.Imported.class,
                new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.ASK));
        assertEquals(2, imported.exercisesAdded(), "the exercise and the easier one it links to");
        Template template = receiver.templates().find(imported.templateKey()).orElseThrow();
        assertEquals(roadmap.title(), template.title());
        assertEquals(roadmap.phases(), template.phases());
        assertFalse(template.builtIn());
        assertEquals(own, receiver.exercises().find(own.id()).orElseThrow());

        ImportOutcome.Imported again = assertInstanceOf(ImportOutcome.Imported.class,
                new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.ASK));
        assertFalse(again.templateWritten(), "importing twice doubles nothing");
        assertEquals(2, again.exercisesUnchanged());
        assertEquals(1, receiver.templates().all().stream().filter(t -> t.title().equals(roadmap.title()) && !t.builtIn()).count());
    }

    @Test
    void theClinicsExercisesTravelWithTheirSpanish() {
        sender.exerciseTexts().save(own.id(), "es", ExchangeTextsTest.SPANISH);
        Path file = folder.resolve("maya-es" + ExchangeFormat.EXTENSION);
        new RoadmapExchange(WorkspaceDatabase.of(sender)).exportRoadmap(roadmap.id(), file);
        assertInstanceOf(ImportOutcome.Imported.class,
                new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.ASK));
        assertEquals(ExchangeTextsTest.SPANISH, receiver.exerciseTexts().find(own.id(), "es").orElseThrow());
        assertTrue(receiver.exerciseTexts().find("own-wall-lean", "es").isEmpty(), "the easier one had none");
    }

    @Test
    void aClashIsReportedAndNothingWrittenUntilTheUserChooses() {
        Path file = folder.resolve("shared.restride");
        new RoadmapExchange(WorkspaceDatabase.of(sender)).exportRoadmap(roadmap.id(), file);
        Exercise theirs = TestExercises.exercise("own-wall-sit", "Wall sit, the receiver's");
        receiver.exercises().save(theirs);
        int templatesBefore = receiver.templates().all().size();

        ImportOutcome.Duplicate duplicate = assertInstanceOf(ImportOutcome.Duplicate.class,
                new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.ASK));
        assertEquals(List.of(new Clash(Clash.Kind.EXERCISE, "own-wall-sit", "Wall sit, the receiver's", "Wall sit, our way")),
                duplicate.clashes());
        assertTrue(duplicate.describe().contains("exercise \"own-wall-sit\""), duplicate.describe());
        assertEquals(templatesBefore, receiver.templates().all().size(), "nothing written while asking");
        assertTrue(receiver.exercises().find("own-wall-lean").isEmpty());

        ImportOutcome.Imported kept = assertInstanceOf(ImportOutcome.Imported.class,
                new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.KEEP_BOTH));
        assertEquals(theirs, receiver.exercises().find("own-wall-sit").orElseThrow(), "the receiver's own is untouched");
        Exercise imported = receiver.exercises().find("own-wall-sit-imported").orElseThrow();
        assertEquals("Wall sit, our way (imported)", imported.name());
        Template template = receiver.templates().find(kept.templateKey()).orElseThrow();
        assertTrue(template.phases().get(0).items().stream().anyMatch(i -> i.exerciseId().equals("own-wall-sit-imported")),
                "the template uses the imported copy");
    }

    @Test
    void replaceAndSkipDoWhatTheySay() {
        Path file = folder.resolve("shared.restride");
        new RoadmapExchange(WorkspaceDatabase.of(sender)).exportRoadmap(roadmap.id(), file);
        Exercise theirs = TestExercises.exercise("own-wall-sit", "Wall sit, the receiver's");
        receiver.exercises().save(theirs);

        ImportOutcome.Imported skipped = assertInstanceOf(ImportOutcome.Imported.class,
                new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.SKIP));
        assertEquals(1, skipped.exercisesSkipped());
        assertEquals(theirs, receiver.exercises().find("own-wall-sit").orElseThrow());

        ImportOutcome.Imported replaced = assertInstanceOf(ImportOutcome.Imported.class,
                new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.REPLACE));
        assertEquals(1, replaced.exercisesReplaced());
        assertEquals(own, receiver.exercises().find("own-wall-sit").orElseThrow());
    }

    @Test
    void aTemplateTravelsToo() {
        Path file = folder.resolve("template.restride");
        new RoadmapExchange(WorkspaceDatabase.of(sender)).exportTemplate("return-to-lift", file);
        ImportOutcome.Imported imported = assertInstanceOf(ImportOutcome.Imported.class,
                new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.ASK));
        Template original = receiver.templates().find("return-to-lift").orElseThrow();
        Template copy = receiver.templates().find(imported.templateKey()).orElseThrow();
        assertFalse(copy.builtIn());
        assertEquals(original.phases(), copy.phases());
    }

    static String entryText(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(ExchangeZip.ENTRY))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
