package org.restride.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.restride.ui.FirstFrameProbe;

/**
 * The benchmark: {@code mvn -Pbench verify} runs it after packaging the app. Arguments: the build folder
 * (target/), then optionally the names of the figures to run (cold-start, export, warm, search, memory, growth).
 */
public final class BenchMain {
    /** Rounds of each whole-process comparison; the two sides take turns, so load changes hit both alike. */
    private static final int ROUNDS = 7;
    private static final Set<String> ALL = Set.of("cold-start", "export", "warm", "search", "memory", "growth");

    private final Path target;
    private final Path out;
    private final Jvm jvm;
    private final DataSets data;
    private final Report report;

    private BenchMain(Path target) {
        this.target = target;
        this.out = target.resolve("bench");
        this.jvm = new Jvm(target, out.resolve("logs"));
        this.data = new DataSets(out.resolve("data"));
        this.report = new Report(Machine.describe());
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        Set<String> chosen = args.length > 1 ? Set.of(args).stream().filter(ALL::contains)
                .collect(java.util.stream.Collectors.toSet()) : ALL;
        long started = System.nanoTime();
        BenchMain bench = new BenchMain(target);
        bench.run(chosen);
        System.out.printf("bench: done in %.0f s; results in %s%n", (System.nanoTime() - started) / 1e9, bench.out);
    }

    private void run(Set<String> chosen) throws Exception {
        DataSets.Folder sample = data.sample();
        DataSets.Folder large = data.large();
        if (chosen.contains("cold-start")) {
            coldStart(sample);
        }
        if (chosen.contains("export")) {
            exportProcess(sample);
        }
        Jmh jmh = new Jmh(Jmh.with(Launch.OPTIONS, List.of("-Djava.awt.headless=true")));
        if (chosen.contains("warm")) {
            warm(jmh, sample);
        }
        if (chosen.contains("search")) {
            search(jmh, large);
        }
        if (chosen.contains("memory")) {
            memory(large);
        }
        if (chosen.contains("growth")) {
            growth(jmh, sample);
        }
        report.note("App processes run with the launcher options " + String.join(" ", Launch.OPTIONS)
                + "; baselines run with the same options; all on the headless Monocle display with software rendering.");
        report.write(out, Map.of("load", Machine.load()));
    }

    private void coldStart(DataSets.Folder sample) throws Exception {
        List<String> options = Jvm.withProbe(Launch.OPTIONS);
        List<String> app = jvm.app(options, "--data-dir", sample.path().toString());
        List<String> bare = jvm.bench(options, BareWindow.class);
        List<Double> appTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            double a = jvm.untilLine("cold-start-app", app, FirstFrameProbe.MARKER);
            double b = jvm.untilLine("cold-start-bare", bare, FirstFrameProbe.MARKER);
            if (round > 0) { // the first round only fills the file cache
                appTimes.add(a);
                bareTimes.add(b);
            }
        }
        report.add(Figure.ratio("coldStart", "Cold start to first frame (sample clinic)", "ms", appTimes,
                "bare JavaFX window", bareTimes, 1.5));
    }

    private void exportProcess(DataSets.Folder sample) throws Exception {
        Path pdf = out.resolve("export.pdf");
        List<String> app = jvm.app(Launch.OPTIONS, "--data-dir", sample.path().toString(), "export",
                "--roadmap", Long.toString(sample.roadmapId()), "--out", pdf.toString());
        List<String> bare = jvm.bench(Launch.OPTIONS, BarePdf.class, out.resolve("bare.pdf").toString());
        List<Double> appTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            double a = jvm.untilExit("export-app", app);
            double b = jvm.untilExit("export-bare", bare);
            if (round > 0) {
                appTimes.add(a);
                bareTimes.add(b);
            }
        }
        report.add(Figure.ratio("exportProcess", "Export command, whole process (4 phases, 40 exercises)", "ms",
                appTimes, "bare JVM writing a 1-page PDF, same fonts", bareTimes, 1.5));
    }

    private void warm(Jmh jmh, DataSets.Folder sample) throws Exception {
        Map<String, String> params = Map.of("folder", sample.path().toString(), "roadmap", Long.toString(sample.roadmapId()));
        Jmh.Timing export = jmh.run(ExportBenchmark.class, "export", params, 4, 5);
        report.add(Figure.limit("exportWarm", "Export in the running app, warm (40 exercises)", "ms", export.median(),
                export.p99(), (int) export.samples(), 150, null));
        Jmh.Timing preview = jmh.run(PreviewBenchmark.class, "editToFirstPage", params, 4, 5);
        report.add(Figure.limit("preview", "Edit to refreshed first preview page, warm", "ms", preview.median(),
                preview.p99(), (int) preview.samples(), 100, null));
    }

    private void search(Jmh jmh, DataSets.Folder large) throws Exception {
        Map<String, String> params = Map.of("folder", large.path().toString());
        Jmh.Timing keystroke = jmh.run(SearchBenchmark.class, "keystroke", params, 4, 5);
        report.add(Figure.limit("search", "Search keystroke to filtered list (10,000 exercises)", "ms",
                keystroke.median(), keystroke.p99(), (int) keystroke.samples(), 5, 16.0));
    }

    private void memory(DataSets.Folder large) throws Exception {
        List<String> probe = jvm.bench(Launch.OPTIONS, MemoryProbe.class, large.path().toString(),
                Long.toString(large.roadmapId()));
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rss.add(jvm.residentMegabytesAt("memory", probe, MemoryProbe.READY));
        }
        report.add(Figure.limit("memory", "Resident memory, window open on a roadmap (10,000 exercises, 1,000 patients)",
                "MB", Stats.median(rss), null, rss.size(), 300, null));
    }

    private void growth(Jmh jmh, DataSets.Folder sample) throws Exception {
        Map<Integer, DataSets.Folder> libraries = data.libraries(180);
        Jmh.Timing first = null;
        for (Map.Entry<Integer, DataSets.Folder> library : libraries.entrySet()) {
            Jmh.Timing t = jmh.run(SearchBenchmark.class, "keystroke", Map.of("folder", library.getValue().path().toString()), 3, 3);
            if (first == null) {
                first = t;
            }
            report.add(Figure.growth("searchGrowth" + library.getKey(), "Search keystroke, library " + library.getKey()
                    + "× (" + 180 * library.getKey() + " exercises)", "ms", t.median(), t.p99(), (int) t.samples(),
                    "1× (180)", first.median(), library.getKey()));
        }
        Jmh.Timing base = null;
        for (int scale : List.of(1, 10, 100, 1000)) {
            Map<String, String> params = new LinkedHashMap<>(Map.of("folder", sample.path().toString(),
                    "roadmap", Long.toString(sample.roadmapId()), "scale", Integer.toString(scale)));
            Jmh.Timing t = jmh.run(ExportBenchmark.class, "exportScaled", params, scale >= 100 ? 1 : 3, scale >= 100 ? 1 : 3);
            if (base == null) {
                base = t;
            }
            report.add(Figure.growth("exportGrowth" + scale, "Export, roadmap " + scale + "× (" + 40 * scale
                    + " exercises)", "ms", t.median(), null, (int) t.samples(), "1× (40)", base.median(), scale));
        }
    }
}
