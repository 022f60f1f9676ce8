package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.ValidationException;
import org.restride.text.Words;

/** V13: the language her handouts print in is kept with her details; patients saved before follow the clinic. */
class PatientHandoutLanguageTest {
    private static final int BEFORE = 12;

    @TempDir
    Path folder;

    private static Patient ana(String language) {
        return new Patient(null, "Ana Souza", null, LocalDate.of(2026, 9, 1), DeliveryType.CAESAREAN, null, 1, true,
                List.of("Run 5 km"), null, language);
    }

    @Test
    void herLanguageComesBackAsSavedAndNoneMeansTheClinics() {
        try (Database db = Database.openFolder(folder)) {
            PatientRepository patients = new PatientRepository(db);
            Patient saved = patients.save(ana("es"));
            assertEquals("es", patients.find(saved.id()).orElseThrow().handoutLanguage());
            patients.save(saved.withHandoutLanguage(null));
            assertNull(patients.find(saved.id()).orElseThrow().handoutLanguage(), "back to the clinic's setting");
            patients.save(saved.withHandoutLanguage(" EN "));
            assertEquals("en", patients.find(saved.id()).orElseThrow().handoutLanguage());
        }
    }

    @Test
    void aPatientSavedBeforeFollowsTheClinicAndKeepsHerDetails() {
        long id;
        try (Database old = Database.open(folder.resolve(Database.FILE_NAME), BEFORE)) {
            id = OldSchemaPatient.ana(old);
        }
        try (Database db = Database.openFolder(folder)) {
            assertTrue(db.schemaVersion() > BEFORE);
            Patient ana = new PatientRepository(db).find(id).orElseThrow();
            assertNull(ana.handoutLanguage());
            assertEquals("Ana", ana.displayName());
            assertEquals(LocalDate.of(2026, 1, 5), ana.deliveryDate());
        }
    }

    @Test
    void aCodeThatIsNotALanguageIsRefusedByTheRecordAndByTheDatabase() {
        ValidationException refused = assertThrows(ValidationException.class, () -> ana("Spanish"));
        assertEquals("handoutLanguage", refused.field());
        assertEquals("handout language must be a language code of two or three letters, such as en or es (was \"spanish\")",
                refused.explain(Words.english()::refusal), "the domain gives a key; the words are the text package's");
        assertThrows(ValidationException.class, () -> ana("e5"));
        try (Database db = Database.openFolder(folder)) {
            long id = new PatientRepository(db).save(ana(null)).id();
            assertThrows(StoreException.class, () -> db.write(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("UPDATE patients SET handout_language = 'e5' WHERE id = " + id);
                }
            }), "the column holds a language code, nothing else");
        }
    }
}
