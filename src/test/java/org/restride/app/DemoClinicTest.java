package org.restride.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;

class DemoClinicTest {
    @TempDir
    Path folder;

    @Test
    void fillsAClinicWithThreePatientsAtDifferentStagesOnce() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        try (Workspace workspace = Workspace.open(folder)) {
            DemoClinic.Result result = new DemoClinic(workspace, today).fill();
            assertEquals(3, result.roadmaps().size());
            assertEquals("Riverside Pelvic Health", workspace.clinicProfile().load().clinicName());
            List<Patient> patients = workspace.patients().search("");
            assertEquals(3, patients.size());
            assertEquals(List.of(8, 17, 30), patients.stream().map(p -> p.weeksPostpartum(today)).sorted().toList());
            List<Integer> currentPhases = result.roadmaps().stream().map(Roadmap::currentPhase).toList();
            assertEquals(List.of(1, 2, 3), currentPhases);
            for (Roadmap r : result.roadmaps()) {
                assertEquals(r, workspace.roadmaps().find(r.id()).orElseThrow());
            }
            assertTrue(new DemoClinic(workspace, today).fill().alreadyLoaded());
            assertEquals(3, workspace.patients().search("").size());
        }
    }
}
