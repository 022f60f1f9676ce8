package org.restride.handout;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.domain.Roadmap;

/** The demo clinic in a fresh data folder, and handout requests for its three sample roadmaps. */
final class SampleClinic implements AutoCloseable {
    static final LocalDate PREPARED = LocalDate.of(2025, 3, 14);

    private final Workspace workspace;
    private final List<Roadmap> roadmaps;

    SampleClinic(Path folder) {
        workspace = Workspace.open(folder);
        roadmaps = new DemoClinic(workspace).fill().roadmaps();
    }

    Workspace workspace() {
        return workspace;
    }

    List<Roadmap> roadmaps() {
        return roadmaps;
    }

    HandoutRequest request(int sample) {
        return new HandoutRequests(workspace.handoutSources()).forRoadmap(roadmaps.get(sample).id(), PREPARED).orElseThrow();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
