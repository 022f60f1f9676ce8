package org.restride.app.walkrun;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.restride.app.Writer;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.store.WalkRunPlanRepository;

/**
 * A roadmap's walk–run plan as the window edits it: read at once, each save and removal handed to the one
 * background writer. Consecutive saves of one plan still waiting are written once, as the newest.
 */
public final class WalkRunEditing {
    private final WalkRunPlanRepository plans;
    private final Writer writer;

    public WalkRunEditing(WalkRunPlanRepository plans, Writer writer) {
        this.plans = plans;
        this.writer = writer;
    }

    public Optional<WalkRunPlan> find(long roadmapId) {
        return plans.find(roadmapId);
    }

    /** Queues the save of the roadmap's plan; returns at once. {@code onFailure} hears why a save failed. */
    public void save(long roadmapId, WalkRunPlan plan, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("walk-run", roadmapId), () -> plans.save(roadmapId, plan),
                onFailure);
    }

    /** Queues the removal of the roadmap's plan; returns at once. */
    public void delete(long roadmapId, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("walk-run", roadmapId), () -> plans.delete(roadmapId),
                onFailure);
    }
}
