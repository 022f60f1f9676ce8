package org.restride.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.restride.domain.Roadmap;
import org.restride.handout.HandoutOptions;
import org.restride.handout.HandoutRenderer;
import org.restride.handout.HandoutResult;

/** The preview beside the editor: one render when it opens, the newest edit wins, exports are checked and kept. */
class HandoutViewModelTest extends PreviewBench {
    final AtomicInteger renders = new AtomicInteger();

    @Override
    HandoutRenderer renderer() {
        renders.incrementAndGet();
        return RENDERER;
    }

    private void show(Roadmap roadmap) {
        whose.set(workspace.patients().find(roadmap.patientId()).orElseThrow());
        edited.set(roadmap);
    }

    @Test
    void openingThePreviewRendersOnceAndTakesTheClinicsDefaults() {
        show(maya);
        render();
        assertEquals(1, renders.get(), "one render on first open");
        assertNotNull(model.latestProperty().get());
        assertTrue(model.pageCountProperty().get() > 1);
        assertEquals(HandoutOptions.defaultsFor(workspace.clinicProfile().load()), model.optionsProperty().get());
    }

    @Test
    void theFirstPageComesWithTheRenderAndIsNotDrawnAgain() {
        show(maya);
        render();
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
        render();
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
        render();
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
