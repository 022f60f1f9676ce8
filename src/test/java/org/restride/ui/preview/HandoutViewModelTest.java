package org.restride.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.handout.ExercisePictures;
import org.restride.handout.HandoutOptions;
import org.restride.handout.HandoutRenderer;
import org.restride.handout.HandoutRequests;
import org.restride.handout.HandoutResult;
import org.restride.handout.IssuedHandouts;
import org.restride.handout.layout.FontLibrary;
import org.restride.ui.QueuedTaskRunner;

/** The preview beside the editor: one render when it opens, the newest edit wins, exports are checked and kept. */
class HandoutViewModelTest {
    static final HandoutRenderer RENDERER = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE);

    @TempDir
    Path folder;
    Workspace workspace;
    QueuedTaskRunner tasks = new QueuedTaskRunner();
    AtomicInteger renders = new AtomicInteger();
    SimpleObjectProperty<Roadmap> edited = new SimpleObjectProperty<>();
    SimpleObjectProperty<Patient> whose = new SimpleObjectProperty<>();
    HandoutViewModel model;
    Roadmap maya;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(folder.resolve("data"), clock);
        maya = new DemoClinic(workspace).fill().roadmaps().get(0);
        model = new HandoutViewModel(() -> {
            renders.incrementAndGet();
            return RENDERER;
        }, new HandoutRequests(workspace.handoutSources()), tasks, clock,
                new IssuedHandouts(workspace.issuedHandouts()), workspace.outputGuard());
        model.follow(edited, whose);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void show(Roadmap roadmap) {
        whose.set(workspace.patients().find(roadmap.patientId()).orElseThrow());
        edited.set(roadmap);
    }

    @Test
    void openingThePreviewRendersOnceAndTakesTheClinicsDefaults() {
        show(maya);
        model.refresh();
        tasks.finishAll();
        assertEquals(1, renders.get(), "one render on first open");
        assertNotNull(model.latestProperty().get());
        assertTrue(model.pageCountProperty().get() > 1);
        assertEquals(HandoutOptions.defaultsFor(workspace.clinicProfile().load()), model.optionsProperty().get());
    }

    @Test
    void theFirstPageComesWithTheRenderAndIsNotDrawnAgain() {
        show(maya);
        model.refresh();
        tasks.finishAll();
        List<Image> shown = new ArrayList<>();
        model.pageImage(0, shown::add);
        assertEquals(1, shown.size(), "page 1 is on show at once");
        assertEquals(0, tasks.waiting(), "nothing left to draw for page 1");
        model.pageImage(1, shown::add);
        assertEquals(1, tasks.waiting(), "page 2 is drawn when it is asked for");
        tasks.finishAll();
        assertEquals(2, shown.size());
        assertTrue(shown.get(0).getWidth() > 100 && shown.get(0).getHeight() > shown.get(0).getWidth());
    }

    @Test
    void nothingIsReadOrDrawnOnTheWindowsThread() {
        show(maya);
        model.refresh();
        assertEquals(0, renders.get(), "the render waits for the background");
        assertEquals(1, tasks.waiting());
        tasks.finishAll();
        assertEquals(1, renders.get());
    }

    @Test
    void theNewestEditWinsWhicheverRenderFinishesFirst() {
        show(maya);
        model.refresh();
        tasks.finishAll();
        Roadmap renamed = maya.withTitle("Renamed for the test");
        edited.set(renamed);
        model.refresh();
        edited.set(maya.withTitle("The newest title"));
        model.refresh();
        tasks.finish(1);
        HandoutResult newest = model.latestProperty().get();
        tasks.finish(0);
        assertSame(newest, model.latestProperty().get(), "the older render, finishing last, is ignored");
        assertEquals(3, renders.get());
    }

    @Test
    void changingAnOptionRendersAgainWithIt() {
        show(maya);
        model.refresh();
        tasks.finishAll();
        HandoutOptions large = model.optionsProperty().get().withLargePrint(true);
        model.optionsProperty().set(large);
        assertEquals(1, tasks.waiting(), "a new choice renders again");
        tasks.finishAll();
        assertEquals(2, renders.get());
        assertEquals(large, model.optionsProperty().get());
    }

    @Test
    void anExportIntoTheDataFolderIsRefusedAndNothingIsWritten() throws Exception {
        show(maya);
        model.export(folder.resolve("data").resolve("restride.db"), () -> { });
        assertEquals(0, tasks.waiting());
        assertTrue(model.messageProperty().get().startsWith("The handout was not saved"), model.messageProperty().get());
        assertTrue(workspace.issuedHandouts().forPatient(maya.patientId()).isEmpty());
    }

    @Test
    void anExportIsWrittenAndKeptInHerHistory() throws Exception {
        show(maya);
        Path out = folder.resolve("maya.pdf");
        model.export(out, () -> { });
        tasks.finishAll();
        assertTrue(Files.size(out) > 1000);
        assertTrue(model.messageProperty().get().startsWith("Saved the handout"), model.messageProperty().get());
        assertEquals(1, workspace.issuedHandouts().forPatient(maya.patientId()).size());
        assertFalse(model.messageProperty().get().isBlank());
    }
}
