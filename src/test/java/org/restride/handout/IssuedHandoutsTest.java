package org.restride.handout;

import org.restride.app.WorkspaceDatabase;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.domain.PaperSize;
import org.restride.handout.layout.FontLibrary;
import org.restride.store.IssuedHandout;
import org.restride.store.StoreException;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.BackupService;
import org.restride.store.safety.Restorer;
import org.restride.text.Words;

/** What was printed for her is kept exactly, listed newest first, and travels through a backup and restore. */
class IssuedHandoutsTest {
    static final Instant MORNING = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void anIssuedHandoutRoundTripsThroughBackupAndRestoreByteForByte() {
        Path data = folder.resolve("data");
        BackupFolder backups = new BackupFolder(data, ZoneOffset.UTC);
        byte[] printed;
        long patient;
        long id;
        Path backup;
        try (SampleClinic clinic = new SampleClinic(data)) {
            HandoutRequest request = clinic.request(1);
            HandoutResult result = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE).render(
                    request.withOptions(request.options().withPaper(PaperSize.A4).withLargePrint(true)));
            printed = result.pdf();
            IssuedHandout kept = new IssuedHandouts(clinic.workspace().issuedHandouts())
                    .keep(request.withOptions(request.options().withPaper(PaperSize.A4).withLargePrint(true)), result,
                            IssuedHandout.Channel.PRINT, MORNING).orElseThrow();
            patient = kept.patientId();
            id = kept.id();
            backup = new BackupService(WorkspaceDatabase.of(clinic.workspace()), backups).backupNow(MORNING.plusSeconds(60)).file();
        }
        try (Workspace changed = Workspace.open(data)) {
            WorkspaceDatabase.of(changed).write(c -> c.createStatement().executeUpdate("DELETE FROM issued_handouts"));
            assertEquals(List.of(), changed.issuedHandouts().forPatient(patient));
        }
        new Restorer(data, backups).restore(backup, MORNING.plusSeconds(120));
        try (Workspace restored = Workspace.open(data)) {
            assertArrayEquals(printed, restored.issuedHandouts().pdf(id).orElseThrow());
            IssuedHandout listed = restored.issuedHandouts().forPatient(patient).get(0);
            assertEquals(MORNING, listed.issuedAt());
            assertEquals(IssuedHandout.Channel.PRINT, listed.channel());
            assertEquals(printed.length, listed.size());
            assertEquals("A4, large print", IssuedHandouts.describe(Words.of(Locale.US), listed.options()));
        }
    }

    @Test
    void handoutsAreListedNewestFirstAndOnlyForSavedRoadmaps() {
        try (SampleClinic clinic = new SampleClinic(folder.resolve("data"))) {
            HandoutRenderer renderer = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE);
            IssuedHandouts issued = new IssuedHandouts(clinic.workspace().issuedHandouts());
            HandoutRequest request = clinic.request(0);
            HandoutResult result = renderer.render(request);
            issued.keep(request, result, IssuedHandout.Channel.EXPORT, MORNING);
            issued.keep(request.withOptions(request.options().withPictures(false)), result,
                    IssuedHandout.Channel.PRINT, MORNING.plusSeconds(3600));
            List<IssuedHandout> listed = clinic.workspace().issuedHandouts().forPatient(request.roadmap().patientId());
            assertEquals(2, listed.size());
            assertEquals(MORNING.plusSeconds(3600), listed.get(0).issuedAt());
            assertTrue(IssuedHandouts.line(Words.of(Locale.US), listed.get(0), ZoneOffset.UTC)
                    .contains("2026-11-25 10:00  printed"), "a line says when and how");
            HandoutRequest template = new HandoutRequests(clinic.workspace().handoutSources())
                    .forTemplate(clinic.workspace().templates().all().get(0).key(), "Alex", SampleClinic.PREPARED)
                    .orElseThrow();
            assertTrue(issued.keep(template, renderer.render(template), IssuedHandout.Channel.EXPORT, MORNING).isEmpty(),
                    "a template printed for a typed name belongs to no patient's history");
        }
    }

    @Test
    void somethingThatIsNotAPdfIsNotKept() {
        try (SampleClinic clinic = new SampleClinic(folder.resolve("data"))) {
            long patient = clinic.request(0).roadmap().patientId();
            StoreException refused = assertThrows(StoreException.class, () -> clinic.workspace().issuedHandouts()
                    .add(patient, null, "Plan", MORNING, IssuedHandout.Channel.EXPORT, "paper=a4", 1,
                            "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            assertTrue(refused.getMessage().contains("PDF"), refused.getMessage());
            assertEquals(List.of(), clinic.workspace().issuedHandouts().forPatient(patient));
        }
    }
}
