package org.restride.ui.roadmap;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.app.editing.PhaseChangeRecorder;
import org.restride.app.editing.RoadmapEditing;
import org.restride.text.Words;

/** The roadmap editor's view-model over a workspace, as the window wires it, for tests without the toolkit. */
final class Editors {
    private Editors() {
    }

    /** Failures are reported on the writer's own thread: a test reads them after {@link Writer#awaitIdle()}. */
    static Writer writer() {
        return new Writer(Runnable::run);
    }

    static RoadmapEditorViewModel over(Workspace workspace, Writer writer, Supplier<LocalDate> today) {
        RoadmapEditing editing = new RoadmapEditing(workspace.roadmaps(), workspace.patients(), workspace.exercises(),
                workspace.templates(), PhaseChangeRecorder.into(workspace.phaseHistory(), today),
                writer);
        return new RoadmapEditorViewModel(editing, Words.english());
    }
}
