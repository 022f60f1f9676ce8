package org.restride.ui.patients;

import org.restride.text.Words;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.domain.Patient;
import org.restride.ui.common.LanguageChoice;

class PatientFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path folder;
    Workspace workspace;
    Writer writer = new Writer(Runnable::run);
    PatientFormViewModel form;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        form = new PatientFormViewModel(workspace.patients(), () -> TODAY, writer,
                () -> workspace.clinicProfile().load().language(), List.of("en", "es"), Words.english());
        form.startNew();
    }

    @AfterEach
    void close() {
        writer.close();
        workspace.close();
    }

    @Test
    void checksAsThePtTypesAndShowsEachProblemBesideItsField() {
        form.nameProperty().set("Ana");
        assertTrue(form.problems().containsKey(PatientFormViewModel.DELIVERY_DATE));
        form.deliveryDateProperty().set("31/02/2026");
        assertTrue(form.problems().get(PatientFormViewModel.DELIVERY_DATE).startsWith("Delivery date is not a date"));
        form.deliveryDateProperty().set("2027-01-01");
        assertEquals("The delivery date can't be in the future.", form.problems().get(PatientFormViewModel.DELIVERY_DATE));
        form.deliveryDateProperty().set("1/10/2026");
        assertFalse(form.problems().containsKey(PatientFormViewModel.DELIVERY_DATE));
        assertEquals("7 weeks postpartum", form.weeksPostpartumProperty().get());
        form.dateOfBirthProperty().set("2026-10-05");
        assertEquals("Date of birth must be before the delivery date.", form.problems().get(PatientFormViewModel.BIRTH_DATE));
        assertFalse(form.validProperty().get());
        assertTrue(form.save().isEmpty(), "nothing is saved while a problem remains");
        assertTrue(workspace.patients().search("").isEmpty());
    }

    @Test
    void weeksAgoFillsTheDeliveryDate() {
        form.nameProperty().set("Ana");
        form.deliveryDateProperty().set("8w");
        assertEquals("8 weeks postpartum", form.weeksPostpartumProperty().get());
        Patient saved = form.save().orElseThrow();
        assertEquals(TODAY.minusWeeks(8), saved.deliveryDate());
    }

    @Test
    void aSavedPatientsChangesAreSavedAsSoonAsTheFormIsValid() {
        form.nameProperty().set("Ana");
        form.deliveryDateProperty().set("2026-10-01");
        long id = form.save().orElseThrow().id();
        form.goalsProperty().set("Run 5 km\n\nCarry my toddler  ");
        writer.awaitIdle();
        assertEquals(List.of("Run 5 km", "Carry my toddler"), workspace.patients().find(id).orElseThrow().goals());
        form.nameProperty().set("");
        writer.awaitIdle();
        assertEquals("Ana", workspace.patients().find(id).orElseThrow().displayName(), "an invalid form saves nothing");
        assertEquals("Enter the patient's name.", form.problems().get(PatientFormViewModel.NAME));
    }

    private static List<String> labels(List<LanguageChoice> choices) {
        return choices.stream().map(LanguageChoice::label).toList();
    }

    @Test
    void aNewPatientFollowsTheClinicAndEachLanguageIsNamedInItsOwn() {
        assertEquals(List.of("Clinic's setting (English)", "English", "Español"), labels(form.languageChoices()));
        assertNull(form.handoutLanguageProperty().get().code());
        form.nameProperty().set("Ana");
        form.deliveryDateProperty().set("8w");
        assertNull(form.save().orElseThrow().handoutLanguage(), "saved as the clinic's: it follows Settings");
    }

    @Test
    void choosingEspanolIsSavedAtOnceAndComesBackWithHer() {
        form.nameProperty().set("Ana");
        form.deliveryDateProperty().set("2026-10-01");
        long id = form.save().orElseThrow().id();
        form.handoutLanguageProperty().set(LanguageChoice.of(form.languageChoices(), "es"));
        writer.awaitIdle();
        Patient stored = workspace.patients().find(id).orElseThrow();
        assertEquals("es", stored.handoutLanguage());

        form.startNew();
        form.load(stored);
        assertEquals("Español", form.handoutLanguageProperty().get().label());
        form.handoutLanguageProperty().set(form.languageChoices().get(0));
        writer.awaitIdle();
        assertNull(workspace.patients().find(id).orElseThrow().handoutLanguage(), "back to the clinic's setting");
    }

    @Test
    void theClinicsChoiceNamesTheClinicsLanguageAsItIsNow() {
        workspace.clinicProfile().save(workspace.clinicProfile().load().withLanguage("es"));
        form.nameProperty().set("Ana");
        form.deliveryDateProperty().set("2026-10-01");
        Patient saved = form.save().orElseThrow();
        form.load(saved);
        assertEquals("Clinic's setting (Español)", form.languageChoices().get(0).label());
        assertEquals(form.languageChoices().get(0), form.handoutLanguageProperty().get());
    }
}
