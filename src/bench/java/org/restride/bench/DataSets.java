package org.restride.bench;

import org.restride.app.WorkspaceDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;

/**
 * The data folders the benchmark works on, made once under target/bench/data and reused while their recipe
 * is unchanged: the sample clinic with the largest sample roadmap, a large clinic (10,000 exercises and
 * 1,000 patients), and libraries at 10×, 100× and 1,000× the built-in one for the growth figures.
 */
final class DataSets {
    /** Bump when what is generated changes, so old folders are made again. */
    private static final String RECIPE = "3";
    static final int LARGE_LIBRARY = 10_000;
    static final int LARGE_PATIENTS = 1_000;
    static final List<Integer> SCALES = List.of(10, 100, 1000);
    private static final String ROADMAP_KEY = "bench.roadmap";
    private static final List<String> FIRST = List.of("Maya", "Léa", "Sofia", "Amara", "Chloé", "Ingrid", "Priya",
            "Hana", "Zoë", "Nadia", "Grace", "Aoife", "Marta", "Yuki", "Fatima", "Elena", "Ruth", "Olivia", "Noor", "Iris");
    private static final List<String> LAST = List.of("Okafor", "Martin", "Lindqvist", "Nguyen", "García", "Kowalski",
            "Murphy", "Haddad", "Rossi", "Tanaka", "Schmidt", "Osei", "Dubois", "Patel", "Kim", "Novak", "Silva",
            "Byrne", "Jansen", "Moreau", "Ali", "Costa", "Berg", "Walsh", "Petrov");

    private final Path root;

    DataSets(Path root) {
        this.root = root;
    }

    /** A prepared folder and the roadmap in it that the benchmark prints or opens. */
    record Folder(Path path, long roadmapId) {
    }

    /** The sample clinic (3 demo patients) plus the largest sample roadmap (4 phases, 40 exercises). */
    Folder sample() {
        return folder("sample", workspace -> {
            new DemoClinic(workspace).fill();
            long patient = workspace.patients().search("").get(0).id();
            return SampleRoadmap.saveFor(workspace, patient, LocalDate.now()).id();
        });
    }

    /** 10,000 exercises and 1,000 patients with a roadmap each; the sample roadmap belongs to the first. */
    Folder large() {
        return folder("large", workspace -> {
            LibraryGenerator.fillTo(workspace, LARGE_LIBRARY);
            List<Patient> patients = addPatients(workspace, LARGE_PATIENTS);
            return SampleRoadmap.saveFor(workspace, patients.get(0).id(), LocalDate.now()).id();
        });
    }

    /** The library at 1× (built-in only), 10×, 100× and 1,000× the built-in size, by scale. */
    Map<Integer, Folder> libraries(int builtInSize) {
        Map<Integer, Folder> out = new LinkedHashMap<>();
        out.put(1, folder("library-1x", workspace -> 0L));
        for (int scale : SCALES) {
            out.put(scale, folder("library-" + scale + "x", workspace -> {
                LibraryGenerator.fillTo(workspace, builtInSize * scale);
                return 0L;
            }));
        }
        return out;
    }

    private interface Filler {
        long fill(Workspace workspace);
    }

    private Folder folder(String name, Filler filler) {
        Path path = root.resolve(name);
        Path done = path.resolve("bench-recipe");
        try {
            if (Files.isRegularFile(done) && Files.readString(done).equals(RECIPE)) {
                try (Workspace workspace = Workspace.open(path)) {
                    return new Folder(path, Long.parseLong(workspace.settings().get(ROADMAP_KEY).orElse("0")));
                }
            }
            deleteTree(path);
            long started = System.nanoTime();
            long roadmap;
            try (Workspace workspace = Workspace.open(path)) {
                roadmap = filler.fill(workspace);
                workspace.settings().put(ROADMAP_KEY, Long.toString(roadmap));
            }
            Files.writeString(done, RECIPE);
            System.out.printf("bench: made %s in %.1f s%n", path, (System.nanoTime() - started) / 1e9);
            return new Folder(path, roadmap);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<Patient> addPatients(Workspace workspace, int count) {
        List<Template> templates = workspace.templates().all();
        LocalDate today = LocalDate.now();
        return WorkspaceDatabase.of(workspace).write(c -> {
            List<Patient> saved = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size()) % LAST.size())
                        + (i >= FIRST.size() * LAST.size() ? " " + (i / (FIRST.size() * LAST.size()) + 1) : "");
                LocalDate delivery = today.minusDays(20 + (i * 7L) % 400);
                Patient p = workspace.patients().save(new Patient(null, name, delivery.minusYears(25 + i % 15),
                        delivery, DeliveryType.values()[i % DeliveryType.values().length], null, 1 + i % 3, i % 2 == 0,
                        List.of("Run 5 km"), null));
                Template template = templates.get(i % templates.size());
                Roadmap draft = template.toRoadmap(p.id(), today);
                workspace.roadmaps().save(draft);
                saved.add(p);
            }
            return saved;
        });
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
