package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;

/**
 * export of a Spanish handout with a clinic exercise that has no Spanish: written all the same (exit 0), and one
 * warning line on stderr names the exercise, short and escaped.
 */
class InEnglishWarningCommandLineTest {
    @TempDir
    Path folder;

    @Test
    void aClinicExerciseWithoutSpanishIsNamedOnStderrAndTheHandoutIsStillWritten() throws Exception {
        Path data = CliRun.sampleClinic(folder);
        String longName = "Our \"red\" heel slide, done very slowly with a towel under the heel, one leg then the other";
        try (Workspace workspace = Workspace.open(data)) {
            ClinicProfile c = workspace.clinicProfile().load();
            workspace.clinicProfile().save(new ClinicProfile(c.clinicName(), c.address(), c.phone(), c.email(),
                    c.website(), c.logo(), c.therapistName(), c.credentials(), c.paperSize(), c.units(), "es",
                    c.disclaimer(), c.country(), c.clinicianTerm()));
            Roadmap maya = workspace.roadmaps().find(1).orElseThrow();
            Phase current = maya.phases().get(maya.currentPhase());
            Exercise ours = workspace.exercises().find(current.items().get(0).exerciseId()).orElseThrow()
                    .copyForClinic("our-heel-slide", longName.substring(0, 80));
            workspace.exercises().save(ours);
            List<PhaseItem> items = new ArrayList<>(current.items());
            items.add(new PhaseItem(ours.id(), ours.defaultDosage(), null));
            List<Phase> phases = new ArrayList<>(maya.phases());
            phases.set(maya.currentPhase(), current.withItems(items));
            workspace.roadmaps().save(maya.withPhases(phases));
        }
        Path out = folder.resolve("maya-es.pdf");
        CliRun run = CliRun.inData(data, "export", "--roadmap", "1", "--out", out.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(Files.size(out) > 0);
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        String line = lines.get(0);
        assertEquals("restride: warning: Printed as you typed it, not translated: her goals.", lines.get(1),
                "and what the PT typed prints as typed");
        assertTrue(line.startsWith("restride: warning: This exercise will print in English: \"Our \\\"red\\\""), line);
        assertTrue(line.contains("…"), "a long name is cut: " + line);
        assertTrue(line.length() < 140, line);
        assertTrue(run.out().startsWith("Wrote "), run.out());
    }

    @Test
    void anEnglishExportPrintsNoSuchWarning() {
        Path data = CliRun.sampleClinic(folder);
        CliRun run = CliRun.inData(data, "export", "--roadmap", "1", "--out", folder.resolve("maya.pdf").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
    }
}
