package org.restride.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run, written as target/bench/results.json and a readable target/bench/summary.md. */
final class Report {
    static final String COMMAND = "mvn -Pbench verify";

    private final Map<String, Object> machine;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(Map<String, Object> machine) {
        this.machine = machine;
    }

    void add(Figure figure) {
        figures.add(figure);
        System.out.println("bench: " + row(figure));
    }

    void note(String note) {
        notes.add(note);
    }

    void write(Path folder, Map<String, Object> endOfRun) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", COMMAND);
        json.put("machine", machine);
        json.put("endOfRun", endOfRun);
        json.put("figures", figures);
        json.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("results.json").toFile(), json);
        String summary = summary(endOfRun);
        Files.writeString(folder.resolve("summary.md"), summary);
        System.out.println();
        System.out.println(summary);
    }

    private String summary(Map<String, Object> endOfRun) {
        StringBuilder md = new StringBuilder("# Restride benchmark\n\n");
        md.append("Reproduce with `").append(COMMAND).append("`. Machine: ").append(machine.get("cpu")).append(", ")
                .append(machine.get("cores")).append(" cores, ").append(machine.get("memory")).append(", ")
                .append(machine.get("java")).append(". Load average at the start ").append(machine.get("load"))
                .append(", at the end ").append(endOfRun.get("load")).append(".\n\n");
        md.append("| Figure | Median | p99 | Baseline (same run) | Ratio | Target | Holds |\n");
        md.append("|---|---:|---:|---|---:|---|:-:|\n");
        for (Figure f : figures) {
            md.append("| ").append(row(f).replace(" ¦ ", " | ")).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static String row(Figure f) {
        String unit = " " + f.unit();
        return String.join(" ¦ ", f.title(),
                Figure.number(f.median()) + unit,
                f.p99() == null ? "" : Figure.number(f.p99()) + unit,
                f.baseline() == null ? "" : f.baseline().what() + ": " + Figure.number(f.baseline().median()) + unit,
                f.ratio() == null ? "" : String.format("%.2f×", f.ratio()),
                f.target(),
                f.holds() == null ? "" : f.holds() ? "yes" : "**no**");
    }
}
