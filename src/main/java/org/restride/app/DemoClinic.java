package org.restride.app;

import static org.restride.app.DemoVisits.all;
import static org.restride.app.DemoVisits.diastasis;
import static org.restride.app.DemoVisits.notYet;
import static org.restride.app.DemoVisits.notes;
import static org.restride.app.DemoVisits.result;
import static org.restride.app.DemoVisits.scored;
import static org.restride.app.DemoVisits.slept;
import static org.restride.app.DemoVisits.symptomsDuring;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.restride.domain.ClinicProfile;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.DeliveryType;
import org.restride.domain.PaperSize;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.Template;
import org.restride.domain.WeightUnit;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.store.StoreException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** A sample clinic with three patients at different stages, so a newcomer sees real roadmaps at once. */
public final class DemoClinic {
    static final String LOADED_KEY = "demo-loaded";

    private final Workspace workspace;
    private final LocalDate today;

    public DemoClinic(Workspace workspace) {
        this(workspace, workspace.today());
    }

    DemoClinic(Workspace workspace, LocalDate today) {
        this.workspace = workspace;
        this.today = today;
    }

    /** What {@link #fill} did. */
    public record Result(List<Roadmap> roadmaps, boolean alreadyLoaded) {
        public String describe(Path folder) {
            if (alreadyLoaded) {
                return "The sample clinic is already in " + Excerpt.whole(folder) + ".";
            }
            StringBuilder text = new StringBuilder("Added the sample clinic to " + Excerpt.whole(folder) + ":");
            roadmaps.forEach(r -> text.append(System.lineSeparator()).append("  roadmap ").append(r.id()).append(": ").append(r.title()));
            return text.toString();
        }
    }

    /** A sample patient, her roadmap started in {@code startWeek} postpartum at {@code startPhase}, and her story since. */
    private record Sample(Patient patient, String templateKey, int startPhase, int startWeek, RoadmapStatus status,
                          UnaryOperator<DemoVisits> story) {
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
                .orElseThrow(() -> new StoreException(KeyedProblem.of("problems.demo.templateMissing", sample.templateKey())));
        LocalDate started = patient.deliveryDate().plusWeeks(sample.startWeek());
        Roadmap draft = template.toRoadmap(patient.id(), started);
        Roadmap roadmap = workspace.roadmaps().save(draft.withStatus(sample.status())
                .withCurrentPhase(Math.min(sample.startPhase(), draft.phases().size() - 1)));
        return sample.story().apply(new DemoVisits(workspace, patient, roadmap, today)).roadmap();
    }

    private List<Sample> samples() {
        return List.of(
                new Sample(new Patient(null, "Maya Okafor", today.minusYears(31).minusDays(40), today.minusWeeks(8),
                        DeliveryType.VAGINAL, 2, 1, true, List.of("Run 5 km by the summer", "Carry my baby without leaking"),
                        "Second-degree tear, healed well. Some leaking when she sneezes."),
                        "return-to-run", 0, 6, RoadmapStatus.ISSUED, DemoClinic::mayasStory),
                new Sample(new Patient(null, "Léa Martin", today.minusYears(35).minusDays(100), today.minusWeeks(17),
                        DeliveryType.CAESAREAN, null, 2, false, List.of("Run with the buggy", "Get back to parkrun"),
                        "Planned caesarean. Scar closed and comfortable."),
                        "return-to-run-caesarean", 0, 6, RoadmapStatus.ISSUED, DemoClinic::leasStory),
                new Sample(new Patient(null, "Sofia Lindqvist", today.minusYears(29).minusDays(7), today.minusWeeks(30),
                        DeliveryType.ASSISTED_VAGINAL, 3, 1, true, List.of("Deadlift 60 kg", "Lift my toddler without pressure"),
                        "Heaviness late in the day at first; much better now. Trained in a gym before pregnancy."),
                        "return-to-lift", 3, 26, RoadmapStatus.DRAFT, DemoClinic::sofiasStory));
    }

    /** Eight weeks after a vaginal birth: ready to build strength at 6 weeks, holding on two pelvic floor tests now. */
    private static DemoVisits mayasStory(DemoVisits maya) {
        return maya.visit(6, all(scored(12, 45.83, 9.38, 16.67), notes("Squeeze and release clear. Leaks with a sneeze.")))
                .visit(8, all(result("pelvic-floor-long-holds", 8, null), result("pelvic-floor-sustained-hold", 40, null),
                        result("single-leg-balance", 10, 6), scored(9, 37.5, 6.25, 12.5)));
    }

    /**
     * Seventeen weeks after a caesarean: through the foundation and strength phases, now building toward impact,
     * with her walk–run weeks ready for the running phase.
     */
    private static DemoVisits leasStory(DemoVisits lea) {
        return lea.visit(6, all(notYet("Walking for 20 minutes"), slept(5, 7), scored(11, 41.67, 12.5, 25),
                        notes("Scar settled. Tires quickly on walks.")))
                .visit(8, scored(9, 37.5, 12.5, 20.83))
                .visit(12, all(result("single-leg-squat", 7, 10), scored(7, 33.33, 9.38, 16.67)))
                .visit(14, scored(5, 25, 6.25, 12.5))
                .visit(16, all(result("single-leg-calf-raise", 14, 20), symptomsDuring("hop-in-place", PelvicSymptom.LEAKING),
                        diastasis(1.5), scored(4, 20.83, 6.25, 8.33),
                        notes("Hops: a little leaking after 6 each side. Calf strength on the left to build.")))
                .walkRun(60, 120, 8, 20);
    }

    /** Thirty weeks postpartum, on her goal lifts, with her scores since the roadmap began. */
    private static DemoVisits sofiasStory(DemoVisits sofia) {
        return sofia.scores(22, 8, 33.33, 6.25, 25).scores(26, 6, 25, 6.25, 16.67).scores(29, 3, 12.5, 3.13, 8.33);
    }

    private static ClinicProfile profile() {
        return new ClinicProfile("Riverside Pelvic Health", "12 Mill Lane, Riverside", "+44 20 7946 0123",
                "hello@riverside-pelvic.example", "riverside-pelvic.example", null, "Dr. Hannah Reyes", "PT, DPT",
                PaperSize.A4, WeightUnit.KG, "en", null).withCountry("GB", ClinicianTerm.PHYSIOTHERAPIST);
    }
}
