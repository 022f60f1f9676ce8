package org.restride.ui.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.text.Words;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;

/** The list of all roadmaps: read in one query when shown, filtered as the PT types without reading again. */
class RoadmapsViewModelTest {
    @TempDir
    Path folder;
    Workspace workspace;
    final AtomicInteger reads = new AtomicInteger();
    RoadmapsViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        new DemoClinic(workspace).fill();
        model = new RoadmapsViewModel(() -> {
            reads.incrementAndGet();
            return workspace.roadmaps().listings();
        }, Words.english());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> patients() {
        return model.rows().stream().map(RoadmapSummary::patientName).toList();
    }

    @Test
    void rowsSayWhereSheIsAndTheFilterReadsNothingPerKeystroke() {
        model.refresh();
        assertEquals(3, model.rows().size());
        RoadmapSummary maya = model.rows().stream().filter(r -> r.patientName().equals("Maya Okafor")).findFirst().orElseThrow();
        var saved = workspace.roadmaps().find(maya.id()).orElseThrow();
        assertEquals("Phase " + (saved.currentPhase() + 1) + " of " + saved.phases().size() + ": " + saved.current().name(),
                maya.currentPhase());
        for (String typed : List.of("m", "ma", "may", "maya")) {
            model.filterProperty().set(typed);
        }
        assertEquals(List.of("Maya Okafor"), patients());
        model.filterProperty().set("LEA");
        assertEquals(1, patients().size(), "folded: Léa is found by LEA");
        assertEquals(1, reads.get(), "one read when shown, none per keystroke");
        model.filterProperty().set("");
        assertEquals(3, patients().size());
    }
}
