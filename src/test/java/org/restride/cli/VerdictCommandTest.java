package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.domain.Criterion;
import org.restride.domain.Roadmap;
import org.restride.store.VisitRepository;

/** {@code restride verdict}: the visit form's rules from a file, a bad file refused by its field, nothing saved. */
class VerdictCommandTest {
    private static final long LEAS_ROADMAP = 2;

    @TempDir
    static Path folder;

    private static Path data;
    private static Criterion firstTest;
    private static int visitsBefore;

    @BeforeAll
    static void fillTheDemoClinic() {
        data = CliRun.sampleClinic(folder);
        try (Workspace workspace = Workspace.open(data)) {
            Roadmap roadmap = workspace.roadmaps().find(LEAS_ROADMAP).orElseThrow();
            firstTest = roadmap.current().exitCriteria().get(0);
            visitsBefore = new VisitRepository(WorkspaceDatabase.of(workspace)).forPatient(roadmap.patientId()).size();
        }
    }

    private static CliRun verdict(String json, String... more) throws Exception {
        Path file = Files.createTempFile(folder, "visit", ".json");
        Files.writeString(file, json);
        List<String> args = new ArrayList<>(List.of("verdict", "--roadmap", Long.toString(LEAS_ROADMAP),
                "--visit", file.toString()));
        args.addAll(List.of(more));
        return CliRun.inData(data, args.toArray(String[]::new));
    }

    private static String withTest(String fields) {
        return "{\"date\": \"" + LocalDate.now() + "\", \"symptomCheck\": {\"done\": true},"
                + " \"tests\": [{\"criterion\": \"" + firstTest.name() + "\", " + fields + "}]}";
    }

    @Test
    void painDuringATestHoldsAndTheFirstLineIsTheVerdict() throws Exception {
        CliRun run = verdict(withTest("\"pain\": 2"));
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("HOLD", lines.get(0));
        assertTrue(lines.contains("Pain 2/10 during " + firstTest.name() + ": a readiness test passes only without pain. "
                + "Not passed today."), run.out());
        try (Workspace workspace = Workspace.open(data)) {
            assertEquals(visitsBefore, new VisitRepository(WorkspaceDatabase.of(workspace))
                    .forPatient(workspace.roadmaps().find(LEAS_ROADMAP).orElseThrow().patientId()).size(), "nothing saved");
        }
    }

    @Test
    void aRedFlagStopsAndRefersInJson() throws Exception {
        CliRun run = verdict("{\"date\": \"" + LocalDate.now() + "\", \"redFlags\": [\"fever\"]}", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("STOP_AND_REFER", json.get("verdict").asText());
        assertEquals("red-flag", json.get("reasons").get(0).get("rule").asText());
        assertEquals("Fever", json.get("reasons").get(0).get("about").asText());
    }

    @Test
    void aNotDoneSymptomCheckHolds() throws Exception {
        CliRun run = verdict("{\"date\": \"" + LocalDate.now() + "\"}");
        assertEquals(0, run.code(), run.err());
        assertEquals("HOLD", run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().contains("The symptom check was not done"), run.out());
    }

    @Test
    void aBadFileIsRefusedNamingTheField() throws Exception {
        for (String[] bad : new String[][] {
                {withTest("\"pain\": \"a lot\""), "tests[1].pain must be a whole number"},
                {withTest("\"pain\": 11"), "tests[1]"},
                {withTest("\"pian\": 3"), "tests[1].pian is not a field"},
                {"{\"date\": \"" + LocalDate.now() + "\", \"redFlags\": [\"headache\"]}", "redFlags[1] must be one of"},
                {"{\"date\": \"20 April\"}", "date must be a date"},
                {"{\"tests\": []}", "date is missing"},
                {"{\"date\": \"" + LocalDate.now().plusDays(3) + "\"}", "must not be in the future"},
                {"[1, 2", "JSON"},
                // the last one must not win: an empty second list would hide the red flag of the first
                {"{\"date\": \"" + LocalDate.now() + "\", \"redFlags\": [\"fever\"], \"redFlags\": []}",
                        "gives the field \"redFlags\" twice"},
                {"{\"date\": \"" + LocalDate.now() + "\", \"tests\": [{\"criterion\": \"Handstand\"}]}",
                        "tests[1].criterion is not an exit criterion"}}) {
            CliRun run = verdict(bad[0]);
            assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), bad[0] + " -> " + run.out());
            assertTrue(run.err().contains(bad[1]), bad[0] + " -> " + run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        CliRun run = verdict("{\"date\": \"" + LocalDate.now() + "\", \"x\": \"" + "a".repeat(300_000) + "\"}");
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code());
        assertTrue(run.err().length() < 700, run.err());
    }
}
