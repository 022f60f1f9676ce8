package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.progress.ProgressFixtures;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.domain.walkrun.WalkRunWeek;

class WalkRunPlanRepositoryTest {
    @TempDir
    Path folder;

    @Test
    void aPlanRoundTripsIsReplacedAndGoesWithItsRoadmap() {
        try (ProgressStoreFixture fixture = new ProgressStoreFixture(folder, ProgressFixtures.RUN)) {
            WalkRunPlanRepository plans = new WalkRunPlanRepository(fixture.db);
            long roadmapId = fixture.roadmap.id();
            assertTrue(plans.find(roadmapId).isEmpty());
            WalkRunPlan plan = WalkRunPlan.generate(60, 120, 8, 3, 20).symptomsIn(4);
            plans.save(roadmapId, plan);
            assertEquals(plan, plans.find(roadmapId).orElseThrow());
            WalkRunPlan edited = plan.edit(WalkRunWeek.intervals(3, 90, 90, 6, 2));
            plans.save(roadmapId, edited);
            assertEquals(edited, plans.find(roadmapId).orElseThrow());
            new RoadmapRepository(fixture.db).delete(roadmapId);
            assertTrue(plans.find(roadmapId).isEmpty());
        }
    }
}
