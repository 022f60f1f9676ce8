package org.restride.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.progress.ProgressFixtures;

/** An open database with one saved patient and her return-to-running roadmap, at the given phase. */
public final class ProgressStoreFixture implements AutoCloseable {
    public final Database db;
    public final Patient patient;
    public final Roadmap roadmap;

    public ProgressStoreFixture(Path folder, int currentPhase) {
        db = Database.openFolder(folder);
        patient = new PatientRepository(db).save(new Patient(null, "Ana Souza", null, ProgressFixtures.BIRTH,
                DeliveryType.VAGINAL, 2, 1, true, List.of("Run 5 km"), null));
        Roadmap template = ProgressFixtures.roadmap(currentPhase);
        roadmap = new RoadmapRepository(db).save(template.copyFor(patient.id(), ProgressFixtures.BIRTH.plusWeeks(6))
                .withStatus(RoadmapStatus.ISSUED).withCurrentPhase(currentPhase));
    }

    public LocalDate week(int weeksPostpartum) {
        return ProgressFixtures.BIRTH.plusWeeks(weeksPostpartum);
    }

    @Override
    public void close() {
        db.close();
    }
}
