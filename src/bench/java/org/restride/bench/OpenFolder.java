package org.restride.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import org.restride.app.Workspace;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.handout.HandoutRenderer;
import org.restride.handout.HandoutRequests;
import org.restride.handout.LibraryPictures;
import org.restride.handout.layout.FontLibrary;

/**
 * A data folder opened the way the window opens it, with the renderer the window and the export command use
 * (the handout's fonts, and the exercises' pictures from the library).
 */
final class OpenFolder implements AutoCloseable {
    final Workspace workspace;
    final HandoutRenderer renderer;
    final HandoutRequests requests;
    final LocalDate today = LocalDate.now();

    OpenFolder(String folder) {
        workspace = Workspace.open(Path.of(folder));
        renderer = new HandoutRenderer(FontLibrary.withSystemFallbacks(), LibraryPictures.of(workspace));
        requests = new HandoutRequests(workspace.handoutSources());
    }

    Roadmap roadmap(long id) {
        return workspace.roadmaps().find(id).orElseThrow(() -> new IllegalStateException("No roadmap " + id));
    }

    String firstNameOf(Roadmap roadmap) {
        return workspace.patients().find(roadmap.patientId()).map(Patient::firstName).orElse(null);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
