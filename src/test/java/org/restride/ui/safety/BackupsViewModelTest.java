package org.restride.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.store.Database;
import org.restride.store.FreshDatabase;
import org.restride.store.PatientRepository;
import org.restride.store.safety.BackupFile;
import org.restride.store.safety.BackupService;
import org.restride.text.Words;
import org.restride.ui.DirectTaskRunner;

/** Backups from the window without the toolkit: made when due, written where she chose, a failure on the message line. */
class BackupsViewModelTest extends FreshDatabase {
    static final Instant TEN = Instant.parse("2026-03-04T10:00:00Z");

    @TempDir
    Path usb;
    BackupService service;
    final List<String> said = new ArrayList<>();

    @BeforeEach
    void open() {
        service = new BackupService(db, ZoneOffset.UTC);
        patient("Ana Souza");
    }

    private void patient(String name) {
        new PatientRepository(db).save(new Patient(null, name, null, LocalDate.of(2026, 1, 5), DeliveryType.VAGINAL,
                null, 1, false, List.of(), null));
    }

    private BackupsViewModel at(Instant now) {
        return new BackupsViewModel(service, new DirectTaskRunner(), Clock.fixed(now, ZoneOffset.UTC), said::add,
                Words.english());
    }

    @Test
    void anAutomaticBackupIsMadeWhenDueAndToldOnce() {
        at(TEN).backupIfDue();
        assertEquals(List.of("Backed up automatically."), said);
        assertEquals(1, service.list().size());

        at(TEN.plusSeconds(600)).backupIfDue();
        assertEquals(1, service.list().size(), "not again within the hour");
        assertEquals(1, said.size(), "and nothing more is said");
    }

    @Test
    void anHourLaterOnlySomethingNewIsBackedUpAndTheNewestIsListedFirst() {
        at(TEN).backupIfDue();
        at(TEN.plusSeconds(3600)).backupIfDue();
        assertEquals(1, service.list().size(), "nothing changed since the last backup");

        patient("Beth Lee");
        at(TEN.plusSeconds(3660)).backupIfDue();
        List<BackupFile> listed = service.list();
        assertEquals(2, listed.size());
        assertEquals(TEN.plusSeconds(3660), listed.get(0).made(), "newest first");
        assertEquals(List.of("Backed up automatically.", "Backed up automatically."), said);
    }

    @Test
    void backUpNowWritesTheChosenFileWithHerRecordsAndSaysWhere() {
        Path chosen = usb.resolve("restride-backup-2026-03-04.db");
        at(TEN).backupTo(chosen);
        assertEquals(List.of("Backed up to " + chosen + "."), said);
        try (Database copy = Database.openFolderReadOnly(copyFolder(chosen))) {
            assertEquals(List.of("Ana Souza"), new PatientRepository(copy).search("").stream()
                    .map(Patient::displayName).toList());
        }
    }

    @Test
    void aNameWithoutTheEndingOfABackupIsRefusedAsTheCommandLineRefusesItAndNothingIsWritten() throws IOException {
        for (String name : List.of("handout.pdf", "restride-backup", ".db", "notes.db.txt")) {
            said.clear();
            at(TEN).backupTo(usb.resolve(name));
            assertEquals(List.of("A backup's name ends in .db or .bak, and \"" + name + "\" does not. Nothing was written: "
                    + "choose Back up now… again and give it one of those endings."), said, name);
        }
        try (var written = Files.list(usb)) {
            assertEquals(List.of(), written.toList(), "nothing was written");
        }
        at(TEN).backupTo(usb.resolve("Friday.BAK"));
        assertEquals("Backed up to " + usb.resolve("Friday.BAK") + ".", said.get(said.size() - 1), "either ending, any case");
        assertTrue(Files.size(usb.resolve("Friday.BAK")) > 0);
    }

    @Test
    void aBackupThatCannotBeWrittenIsToldOnTheMessageLineAndNothingIsLeft() throws IOException {
        Path notAFolder = Files.writeString(usb.resolve("stick"), "a file, not a folder");
        Path inside = notAFolder.resolve("restride-backup.db");
        at(TEN).backupTo(inside);
        assertEquals(1, said.size());
        assertTrue(said.get(0).startsWith("The backup could not be written: "), said.get(0));
        assertFalse(Files.exists(inside));
        assertEquals("a file, not a folder", Files.readString(notAFolder), "nothing in its place");
    }

    @Test
    void anAutomaticBackupThatFailsIsToldAndTheDataIsUntouched() throws Exception {
        Path backups = service.folder().path();
        Files.createDirectories(backups.getParent());
        if (Files.exists(backups)) {
            try (var files = Files.list(backups)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(backups);
        }
        Files.writeString(backups, "a file where the backups folder should be");
        at(TEN).backupIfDue();
        assertEquals(1, said.size());
        assertTrue(said.get(0).startsWith("The automatic backup did not work: "), said.get(0));
        assertEquals(1, new PatientRepository(db).search("").size());
    }

    @Test
    void theSuggestedNameCarriesTheDayWhereTheClinicIs() {
        Instant lateEvening = Instant.parse("2026-03-04T23:30:00Z");
        BackupsViewModel inSydney = new BackupsViewModel(service, new DirectTaskRunner(),
                Clock.fixed(lateEvening, ZoneId.of("Australia/Sydney")), said::add, Words.english());
        assertEquals("restride-backup-2026-03-05.db", inSydney.suggestedFileName());
        assertEquals("restride-backup-2026-03-04.db", at(lateEvening).suggestedFileName());
        assertEquals(service.folder().path(), at(TEN).backupsFolder());
    }

    /** A data folder holding the backup as its database, to open it the way Restride opens one. */
    private Path copyFolder(Path backup) {
        try {
            Path data = Files.createTempDirectory(usb, "data");
            Files.copy(backup, data.resolve(db.file().getFileName()));
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
