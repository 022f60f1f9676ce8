package org.restride.ui.history;

import java.time.LocalDate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.store.FreshDatabase;
import org.restride.store.IssuedHandout;
import org.restride.store.IssuedHandoutRepository;
import org.restride.store.PatientRepository;
import org.restride.text.Words;
import org.restride.ui.DirectTaskRunner;

/** The History tab lists her issued handouts, newest first, and opens each exactly as it was issued. */
class IssuedHandoutsViewModelTest extends FreshDatabase {
    static final Instant MORNING = Instant.parse("2026-11-25T09:00:00Z");
    static final byte[] FIRST = "%PDF-1.7 first handout".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SECOND = "%PDF-1.7 second handout".getBytes(StandardCharsets.US_ASCII);

    long ana;
    final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        ana = new PatientRepository(db).save(new Patient(null, "Ana Souza", null, LocalDate.of(2026, 1, 5),
                DeliveryType.VAGINAL, 2, 1, true, List.of("Run 5 km"), null)).id();
        IssuedHandoutRepository repository = new IssuedHandoutRepository(db);
        repository.add(ana, null, "Back to running", MORNING, IssuedHandout.Channel.EXPORT,
                "paper=a4;large=0;pictures=1;log=1;all=0", 6, FIRST);
        repository.add(ana, null, "Back to running", MORNING.plusSeconds(86400), IssuedHandout.Channel.PRINT,
                "paper=letter;large=1;pictures=1;log=1;all=0", 8, SECOND);
    }

    private IssuedHandoutsViewModel model(IssuedHandoutsViewModel.Viewer viewer) {
        return new IssuedHandoutsViewModel(new IssuedHandoutRepository(db), new DirectTaskRunner(), viewer,
                Words.of(Locale.US), ZoneOffset.UTC);
    }

    @Test
    void theListIsNewestFirstAndEachOpensAsIssued() throws IOException {
        IssuedHandoutsViewModel model = model(opened::add);
        model.show(ana);
        assertEquals(2, model.rows().size());
        assertTrue(model.rows().get(0).text().contains("2026-11-26 09:00  printed  8 pages  Letter, large print"),
                model.rows().get(0).text());
        model.open(model.rows().get(1));
        assertEquals(1, opened.size());
        assertArrayEquals(FIRST, Files.readAllBytes(opened.get(0)));
        assertTrue(model.messageProperty().get().startsWith("Opened handout"), model.messageProperty().get());
    }

    @Test
    void withNoViewerSheIsToldWhereTheFileIs() {
        IssuedHandoutsViewModel model = model(pdf -> {
            throw new IOException("no viewer; it is saved as " + pdf);
        });
        model.show(ana);
        model.open(model.rows().get(0));
        assertTrue(model.messageProperty().get().contains("could not be opened: no viewer; it is saved as"),
                model.messageProperty().get());
    }

    @Test
    void aPatientWithNoHandoutsIsToldHowTheyArrive() {
        long lea = new PatientRepository(db).save(new Patient(null, "Léa Martin", null, LocalDate.of(2026, 2, 5),
                DeliveryType.CAESAREAN, null, 1, false, List.of("Run"), null)).id();
        IssuedHandoutsViewModel model = model(opened::add);
        model.show(lea);
        assertEquals(List.of(), model.rows());
        assertTrue(model.messageProperty().get().contains("export or print"), model.messageProperty().get());
    }
}
