package org.restride.ui.preview;

import org.restride.text.Words;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.restride.app.DemoClinic;
import org.restride.app.FreshWorkspace;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.handout.ExercisePictures;
import org.restride.handout.HandoutRenderer;
import org.restride.handout.HandoutRequests;
import org.restride.handout.IssuedHandouts;
import org.restride.handout.layout.FontLibrary;
import org.restride.ui.QueuedTaskRunner;

/**
 * For the preview's tests: the sample clinic in a workspace of the test's own, on a fixed clock, and the preview
 * following an editor's roadmap and patient ({@link #edited}, {@link #whose}); its renders wait in {@link #tasks}.
 */
abstract class PreviewBench extends FreshWorkspace {
    static final HandoutRenderer RENDERER = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE);

    final QueuedTaskRunner tasks = new QueuedTaskRunner();
    final SimpleObjectProperty<Roadmap> edited = new SimpleObjectProperty<>();
    final SimpleObjectProperty<Patient> whose = new SimpleObjectProperty<>();
    HandoutViewModel model;
    /** The sample clinic's first roadmap, Maya's. */
    Roadmap maya;

    /** The moment the test runs at. */
    Instant now() {
        return Instant.parse("2026-05-04T09:00:00Z");
    }

    /** The renderer for each render (a test may count the renders). */
    HandoutRenderer renderer() {
        return RENDERER;
    }

    @Override
    protected Clock clock() {
        return Clock.fixed(now(), ZoneOffset.UTC);
    }

    @BeforeEach
    void openPreview() {
        maya = new DemoClinic(workspace).fill().roadmaps().get(0);
        model = new HandoutViewModel(this::renderer, new HandoutRequests(workspace.handoutSources()), tasks, clock(),
                new IssuedHandouts(workspace.issuedHandouts()), workspace.outputGuard(), Words.english());
        model.follow(edited, whose);
    }

    /** Maya as her details hold her now. */
    Patient mayaHerself() {
        return workspace.patients().find(maya.patientId()).orElseThrow();
    }

    /** Asks for a render and lets every waiting task finish. */
    void render() {
        model.refresh();
        tasks.finishAll();
    }
}
