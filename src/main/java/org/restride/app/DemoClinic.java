package org.restride.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.restride.domain.ClinicProfile;
import org.restride.domain.DeliveryType;
import org.restride.domain.PaperSize;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.Template;
import org.restride.domain.WeightUnit;
import org.restride.store.StoreException;

/** A sample clinic with three patients at different stages, so a newcomer sees real roadmaps at once. */
public final class DemoClinic {
    static final String LOADED_KEY = "demo-loaded";

    private final Workspace workspace;
    private final LocalDate today;

    public DemoClinic(Workspace workspace) {
        this(workspace, LocalDate.now());
    }

    DemoClinic(Workspace workspace, LocalDate today) {
        this.workspace = workspace;
        this.today = today;
    }

    /** What {@link #fill} did. */
    public record Result(List<Roadmap> roadmaps, boolean alreadyLoaded) {
        public String describe(Path folder) {
            if (alreadyLoaded) {
                return "The sample clinic is already in " + folder + ".";
            }
            StringBuilder text = new StringBuilder("Added the sample clinic to " + folder + ":");
            roadmaps.forEach(r -> text.append(System.lineSeparator()).append("  roadmap ").append(r.id()).append(": ").append(r.title()));
            return text.toString();
        }
    }

    private record Sample(Patient patient, String templateKey, int currentPhase, RoadmapStatus status) {
    }

    /** Adds the sample clinic once; a second call changes nothing. */
    public Result fill() {
        if (workspace.settings().get(LOADED_KEY).isPresent()) {
            return new Result(List.of(), true);
        }
        return workspace.database().write(c -> {
            if (workspace.clinicProfile().load().clinicName() == null) {
                workspace.clinicProfile().save(profile());
            }
            List<Roadmap> roadmaps = samples().stream().map(this::add).toList();
            workspace.settings().put(LOADED_KEY, today.toString());
            return new Result(roadmaps, false);
        });
    }

    private Roadmap add(Sample sample) {
        Patient patient = workspace.patients().save(sample.patient());
        Template template = workspace.templates().find(sample.templateKey())
                .orElseThrow(() -> new StoreException("The built-in template " + sample.templateKey() + " is missing."));
        Roadmap draft = template.toRoadmap(patient.id(), today);
        Roadmap roadmap = new Roadmap(null, patient.id(), draft.title(), draft.goal(), sample.status(),
                Math.min(sample.currentPhase(), draft.phases().size() - 1), draft.phases(), today);
        return workspace.roadmaps().save(roadmap);
    }

    private List<Sample> samples() {
        return List.of(
                new Sample(new Patient(null, "Maya Okafor", today.minusYears(31).minusDays(40), today.minusWeeks(8),
                        DeliveryType.VAGINAL, 2, 1, true, List.of("Run 5 km by the summer", "Carry my baby without leaking"),
                        "Second-degree tear, healed well. Some leaking when she sneezes."),
                        "return-to-run", 1, RoadmapStatus.ISSUED),
                new Sample(new Patient(null, "Léa Martin", today.minusYears(35).minusDays(100), today.minusWeeks(17),
                        DeliveryType.CAESAREAN, null, 2, false, List.of("Run with the buggy", "Get back to parkrun"),
                        "Planned caesarean. Scar closed and comfortable."),
                        "return-to-run-caesarean", 2, RoadmapStatus.ISSUED),
                new Sample(new Patient(null, "Sofia Lindqvist", today.minusYears(29).minusDays(7), today.minusWeeks(30),
                        DeliveryType.ASSISTED_VAGINAL, 3, 1, true, List.of("Deadlift 60 kg", "Lift my toddler without pressure"),
                        "Heaviness late in the day at first; much better now. Trained in a gym before pregnancy."),
                        "return-to-lift", 3, RoadmapStatus.DRAFT));
    }

    private static ClinicProfile profile() {
        return new ClinicProfile("Riverside Pelvic Health", "12 Mill Lane, Riverside", "+44 20 7946 0123",
                "hello@riverside-pelvic.example", "riverside-pelvic.example", null, "Dr. Hannah Reyes", "PT, DPT",
                PaperSize.A4, WeightUnit.KG, "en", null);
    }
}
