package org.restride.handout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.restride.domain.Amount;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Exercise;
import org.restride.domain.PaperSize;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.TestExercises;
import org.restride.domain.WeekRange;
import org.restride.domain.WeightUnit;

/** Hand-made roadmaps, clinics and logos for handout tests, without a database. */
final class Roadmaps {
    static final LocalDate PREPARED = LocalDate.of(2025, 3, 14);

    private Roadmaps() {
    }

    static Roadmap roadmap(String title, List<Phase> phases) {
        return new Roadmap(1L, 1L, title, "Run 5 km", RoadmapStatus.DRAFT, 0, phases, PREPARED);
    }

    static Phase phase(String name, List<PhaseItem> items) {
        return new Phase(PhaseKind.STRENGTH, name, "Build strength, step by step.", new WeekRange(6, 12), items,
                List.of(new Criterion("calf", "Single-leg calf raise", Amount.of(DoseUnit.REPS, 20), true, null),
                        Criterion.statement("Walking an hour feels easy")));
    }

    /** Items for exercises ex-1 … ex-n, each with the given note. */
    static List<PhaseItem> items(int count, String note) {
        List<PhaseItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Dosage dosage = new Dosage(3, new Amount(DoseUnit.REPS, 8, 12), true, 60, 1, 4, null, "3 s down", null);
            items.add(new PhaseItem("ex-" + i, dosage, note));
        }
        return items;
    }

    /** Exercises ex-1 … ex-n named "NAME 1" … (or NAME itself when it is too long to number). */
    static List<Exercise> exercises(int count, String name) {
        List<Exercise> exercises = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            exercises.add(TestExercises.exercise("ex-" + i, name.length() > 70 ? name : name + " " + i));
        }
        return exercises;
    }

    static ClinicProfile clinic(String name, byte[] logo) {
        return new ClinicProfile(name, "1 High Street", "0123 456789", "desk@clinic.example", null, logo, "Sam Lee",
                "PT", PaperSize.A4, WeightUnit.KG, "en", null);
    }

    static HandoutRequest request(Roadmap roadmap, List<Exercise> exercises, String patientName, ClinicProfile clinic) {
        Map<String, Exercise> byId = exercises.stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
        return new HandoutRequest(roadmap, patientName, byId, clinic, HandoutOptions.defaultsFor(clinic), PREPARED);
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
