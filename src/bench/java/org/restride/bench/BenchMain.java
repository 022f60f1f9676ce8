package org.restride.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.restride.FirstFrameProbe;
import org.restride.app.Workspace;
import org.restride.domain.Roadmap;

/**
 * The benchmark: {@code mvn -Pbench verify} runs it after packaging the app. Arguments: the build folder
 * (target/), then optionally the names of the figures to run (cold-start, export, warm, search, memory, growth,
 * editor).
 */
public final class BenchMain {
    /** Rounds of each whole-process comparison; the sides take turns, so changes in load hit them alike. */
    private static final int ROUNDS = 7;
    private static final Set<String> ALL = Set.of("cold-start", "export", "warm", "search", "memory", "growth",
            "editor");
    private static final int BUILT_IN = 180;

    private final Path target;
    private final Path out;
    private final Jvm jvm;
    private final DataSets data;
    private final Report report;
    private final Jmh jmh = new Jmh(Jmh.with(Launch.JVM, List.of("-Djava.awt.headless=true")));

    private BenchMain(Path target) {
        this.target = target;
        this.out = target.resolve("bench");
        this.jvm = new Jvm(target, out.resolve("logs"));
        this.data = new DataSets(out.resolve("data"));
        this.report = new Report(Machine.describe());
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        Set<String> chosen = args.length > 1 ? Set.of(args).stream().filter(ALL::contains).collect(Collectors.toSet()) : ALL;
        long started = System.nanoTime();
        BenchMain bench = new BenchMain(target);
        bench.run(chosen);
        System.out.printf("bench: done in %.0f s; results in %s%n", (System.nanoTime() - started) / 1e9, bench.out);
    }

    private void run(Set<String> chosen) throws Exception {
        DataSets.Folder sample = data.sample();
        // the large folder takes minutes to make the first time: only for the figures that use it
        DataSets.Folder large = chosen.contains("search") || chosen.contains("memory") || chosen.contains("editor")
                ? data.large() : null;
        if (chosen.contains("cold-start") || chosen.contains("export")) {
            AppImage image = AppImage.prepare(target);
            Launch.Packaged packaged = new Launch.Packaged(AppCds.build(jvm, sample, out.resolve("cds")),
                    NativeSqlite.unpack(out.resolve("native")));
            if (chosen.contains("cold-start")) {
                coldStart(sample, image, packaged);
            }
            if (chosen.contains("export")) {
                exportProcess(sample, image, packaged);
            }
        }
        if (chosen.contains("warm")) {
            warm(sample);
        }
        if (chosen.contains("search")) {
            search(large);
        }
        if (chosen.contains("editor")) {
            editor(large);
        }
        if (chosen.contains("memory")) {
            memory(large);
        }
        if (chosen.contains("growth")) {
            growth(sample);
        }
        report.note("Every process runs with the launcher's JVM options " + String.join(" ", Launch.JVM)
                + "; the app's own processes also get what packaging prepares: a class-data archive (AppCDS, made by the"
                + " bench from a start and an export) and SQLite's native library unpacked (-Dorg.sqlite.lib.path). The"
                + " baselines get neither. Windows use the headless Monocle display with software rendering.");
        report.note("Whole-process times run from asking for the process to the first frame (the window's first pulse"
                + " rendered and the next begun) or to the exit; " + ROUNDS + " rounds, the sides taking turns, after one"
                + " round that only fills the file cache.");
        report.write(out, Map.of("load", Machine.load()));
    }

    private void coldStart(DataSets.Folder sample, AppImage image, Launch.Packaged packaged) throws Exception {
        String[] args = {"--data-dir", sample.path().toString()};
        List<String> imageWindow = image.runtime(jvm.monocle(), Jvm.withProbe(Jvm.DISPLAY), args);
        List<List<Double>> times = turns(List.of(
                () -> jvm.untilLine("cold-start-image", imageWindow, FirstFrameProbe.MARKER),
                () -> jvm.untilLine("cold-start-app", jvm.app(Jvm.withProbe(Launch.app(packaged)), args), FirstFrameProbe.MARKER),
                () -> jvm.untilLine("cold-start-bare", jvm.bench(Jvm.withProbe(Launch.JVM), BareWindow.class), FirstFrameProbe.MARKER),
                () -> jvm.untilLine("cold-start-app-plain", jvm.app(Jvm.withProbe(Launch.JVM), args), FirstFrameProbe.MARKER),
                () -> jvm.untilLine("cold-start-bare-themed", jvm.bench(Jvm.withProbe(Launch.JVM), BareWindow.class,
                        "--themed"), FirstFrameProbe.MARKER)));
        List<Double> bare = times.get(2);
        report.add(Figure.ratio("coldStart", "Cold start to first frame, installed app-image (sample clinic)", "ms",
                times.get(0), "bare JavaFX window", bare, 1.5));
        report.add(Figure.compared("coldStartJar", "Cold start, java -jar with the bench's own archive and options", "ms",
                times.get(1), "bare JavaFX window", bare));
        report.add(Figure.compared("coldStartThemedBaseline", "Bare JavaFX window with the app's theme (AtlantaFX)", "ms",
                times.get(4), "bare JavaFX window", bare));
        report.add(Figure.compared("coldStartNoArchive", "Cold start, plain java -jar (launcher's JVM options only)", "ms",
                times.get(3), "bare JavaFX window", bare));
    }

    private void exportProcess(DataSets.Folder sample, AppImage image, Launch.Packaged packaged) throws Exception {
        String[] args = {"--data-dir", sample.path().toString(), "export", "--roadmap", Long.toString(sample.roadmapId()),
                "--out", out.resolve("export.pdf").toString()};
        String bare = out.resolve("bare.pdf").toString();
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Double>> times = turns(List.of(
                () -> jvm.untilExit("export-image", image.launcher(args), cpu.get(0)),
                () -> jvm.untilExit("export-bare", jvm.bench(Launch.JVM, BarePdf.class, bare), cpu.get(1)),
                () -> jvm.untilExit("export-app", jvm.app(Launch.app(packaged), args), cpu.get(2)),
                () -> jvm.untilExit("export-app-plain", jvm.app(Launch.JVM, args), cpu.get(3))));
        cpu.forEach(first -> first.remove(0)); // the round that only fills the file cache
        String baseline = "bare JVM writing a 1-page PDF, same fonts";
        report.add(Figure.ratio("exportProcess", "Export command, installed app-image's launcher (4 phases, 40 exercises)",
                "ms", times.get(0), baseline, times.get(1), 1.5));
        if (cpu.get(0).stream().noneMatch(ms -> ms.isNaN())) {
            report.add(Figure.ratio("exportProcessCpu", "Export command, app-image, CPU time (user + system; steadier"
                    + " than wall time on a shared machine)", "ms", cpu.get(0), baseline, cpu.get(1), 1.5));
        }
        report.add(Figure.compared("exportProcessJar", "Export command, java -jar with the bench's own archive and options",
                "ms", times.get(2), baseline, times.get(1)));
        report.add(Figure.compared("exportProcessNoArchive", "Export command, plain java -jar (launcher's JVM options only)", "ms",
                times.get(3), baseline, times.get(1)));
    }

    /** A process to time, in milliseconds. */
    private interface Timed {
        double run() throws Exception;
    }

    /** Runs each side once per round, in turn; the first round is not counted. */
    private static List<List<Double>> turns(List<Timed> sides) throws Exception {
        List<List<Double>> times = new ArrayList<>();
        sides.forEach(s -> times.add(new ArrayList<>()));
        for (int round = 0; round <= ROUNDS; round++) {
            for (int i = 0; i < sides.size(); i++) {
                double ms = sides.get(i).run();
                if (round > 0) {
                    times.get(i).add(ms);
                }
            }
        }
        return times;
    }

    private void warm(DataSets.Folder sample) throws Exception {
        Map<String, String> params = Map.of("folder", sample.path().toString(), "roadmap", Long.toString(sample.roadmapId()));
        Jmh.Timing export = jmh.run(ExportBenchmark.class, "export", params, 4, 5);
        report.add(Figure.limit("exportWarm", "Export in the running app, warm (40 exercises)", "ms", export.median(),
                export.p99(), (int) export.samples(), 150, null));
        Jmh.Timing preview = jmh.run(PreviewBenchmark.class, "editToFirstPage", params, 4, 5);
        report.add(Figure.limit("preview", "Edit to refreshed first preview page, warm", "ms", preview.median(),
                preview.p99(), (int) preview.samples(), 100, null));
    }

    private void search(DataSets.Folder large) throws Exception {
        Map<String, String> params = Map.of("folder", large.path().toString());
        Jmh.Timing keystroke = jmh.run(SearchBenchmark.class, "keystroke", params, 4, 5);
        report.add(Figure.limit("search", "Search keystroke to filtered list (10,000 exercises)", "ms",
                keystroke.median(), keystroke.p99(), (int) keystroke.samples(), 5, 16.0));
        Jmh.Timing sql = jmh.run(SearchBenchmark.class, "repository", params, 2, 3);
        report.add(Figure.info("searchSql", "Same keystrokes through SQLite FTS5 (the command line's search)", "ms",
                sql.median(), sql.p99(), (int) sql.samples()));
    }

    /**
     * The editor's keystroke figures (issue 13) on a roadmap of 12 phases and 80 exercises, in the large clinic
     * (1,000 patients): the worst JavaFX-thread stall of any key, and the time to the next laid-out pulse.
     */
    private void editor(DataSets.Folder large) throws Exception {
        long roadmap;
        long patient;
        try (Workspace workspace = Workspace.open(large.path())) {
            Roadmap sample = workspace.roadmaps().find(large.roadmapId()).orElseThrow();
            roadmap = workspace.roadmaps().save(SampleRoadmap.twelvePhases(sample)).id();
            patient = sample.patientId();
        }
        try {
            List<String> options = new ArrayList<>(Launch.JVM);
            String extra = System.getProperty("bench.editor.jvm", ""); // e.g. a flight recording of the probe
            if (!extra.isBlank()) {
                options.addAll(List.of(extra.strip().split("\\s+")));
            }
            List<String> lines = jvm.linesUntil("editor", jvm.bench(options, EditorProbe.class, large.path().toString(),
                    Long.toString(roadmap), Long.toString(patient)), EditorProbe.DONE);
            Map<String, String> titles = Map.of(
                    "editorKeystroke", "Editor: 20 characters typed into a dosage field, then Tab (12 phases, 80 exercises)",
                    "editorMove", "Editor: an exercise moved with Alt+Down / Alt+Up",
                    "patientKeystroke", "Patient form: a keystroke in her name (1,000 patients)");
            for (String line : lines) {
                if (line.startsWith(EditorProbe.FIGURE)) {
                    String[] f = line.split(" ");
                    int samples = Integer.parseInt(f[2]);
                    double medianStall = Double.parseDouble(f[3]);
                    double worstStall = Double.parseDouble(f[4]);
                    double repaintP99 = Double.parseDouble(f[5]);
                    double repaintMedian = Double.parseDouble(f[6]);
                    report.add(new Figure(f[1] + "Stall", titles.get(f[1]) + ": JavaFX-thread stall per key (p99 column:"
                            + " the worst key)", "ms", medianStall, worstStall, samples, null, null, "worst key < 16 ms",
                            worstStall < 16));
                    report.add(Figure.limit(f[1] + "Repaint", titles.get(f[1]) + ": key to the next laid-out pulse", "ms",
                            repaintMedian, repaintP99, samples, 16, 16.0));
                    if (f.length > 8 && !f[7].equals("NaN")) {
                        report.add(Figure.info(f[1] + "Cpu", titles.get(f[1]) + ": FX-thread CPU time from the key to that"
                                + " pulse (p99 column: the worst key; apart from waiting for a core)", "ms",
                                Double.parseDouble(f[7]), Double.parseDouble(f[8]), samples));
                    }
                }
            }
        } finally {
            try (Workspace workspace = Workspace.open(large.path())) {
                workspace.roadmaps().delete(roadmap);
            }
        }
    }

    private void memory(DataSets.Folder large) throws Exception {
        List<String> probe = jvm.bench(Launch.JVM, MemoryProbe.class, large.path().toString(), Long.toString(large.roadmapId()));
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rss.add(jvm.residentMegabytesAt("memory", probe, MemoryProbe.READY));
        }
        report.add(Figure.limit("memory", "Resident memory, window open on a roadmap (10,000 exercises, 1,000 patients)",
                "MB", Stats.median(rss), null, rss.size(), 300, null));
    }

    private void growth(DataSets.Folder sample) throws Exception {
        Figure previous = null;
        for (Map.Entry<Integer, DataSets.Folder> library : data.libraries(BUILT_IN).entrySet()) {
            int scale = library.getKey();
            Jmh.Timing t = jmh.run(SearchBenchmark.class, "keystroke", Map.of("folder", library.getValue().path().toString()), 2, 3);
            previous = Figure.growth("searchGrowth" + scale, "Search keystroke, library " + scale + "× (" + BUILT_IN * scale
                    + " exercises)", "ms", t.median(), t.p99(), (int) t.samples(), previousWhat(previous),
                    previous == null ? null : previous.median());
            report.add(previous);
        }
        previous = null;
        for (int scale : List.of(1, 10, 100, 1000)) {
            Map<String, String> params = new LinkedHashMap<>(Map.of("folder", sample.path().toString(),
                    "roadmap", Long.toString(sample.roadmapId()), "scale", Integer.toString(scale)));
            Jmh.Timing t = scale == 1 ? jmh.run(ExportBenchmark.class, "exportScaled", params, 3, 3)
                    : jmh.run(ExportBenchmark.class, "exportScaled", params, Mode.SingleShotTime,
                    scale >= 1000 ? 0 : scale >= 100 ? 1 : 3, scale >= 1000 ? 1 : scale >= 100 ? 2 : 5);
            previous = Figure.growth("exportGrowth" + scale, "Export, roadmap " + scale + "× (" + 40 * scale
                    + " exercises)", "ms", t.median(), null, (int) t.samples(), previousWhat(previous),
                    previous == null ? null : previous.median());
            report.add(previous);
        }
    }

    private static String previousWhat(Figure previous) {
        return previous == null ? null : "a tenth of the size";
    }
}
