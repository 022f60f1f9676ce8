package org.restride.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.restride.app.Wording;
import org.restride.app.Workspace;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.Verdict;
import org.restride.domain.progress.Visit;
import org.restride.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The readiness verdict for one visit read from a file, by the same rule engine as the visit form. Records
 * nothing: the visit is not saved and the roadmap does not move.
 */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = "Prints the readiness verdict for a visit file against a roadmap's current phase. Saves nothing.")
final class VerdictCommand implements Callable<Integer> {
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--roadmap", required = true, paramLabel = "ID", description = "The patient's roadmap.")
    long roadmapId;

    @Option(names = "--visit", required = true, paramLabel = "FILE.json", description = "The visit (format: README).")
    Path visitFile;

    @Option(names = "--json", description = "Prints the verdict as JSON.")
    boolean json;

    @Override
    public Integer call() {
        FileArgument.require(spec.commandLine(), visitFile, "cli.visit.noFile");
        try (Workspace workspace = root.openWorkspaceToRead()) {
            Roadmap roadmap = workspace.roadmaps().find(roadmapId)
                    .orElseThrow(() -> new ValidationException("--roadmap", "cli.noRoadmap", roadmapId));
            Patient patient = workspace.patients().find(roadmap.patientId())
                    .orElseThrow(() -> new ValidationException("--roadmap", "cli.noPatient"));
            Visit visit = VisitFile.read(visitFile, roadmap);
            Verdict verdict = workspace.visits().preview(visit, patient, roadmap, workspace.today());
            Wording wording = new Wording(Words.english());
            print(spec.commandLine().getOut(), verdict, wording);
        }
        return 0;
    }

    private void print(PrintWriter out, Verdict verdict, Wording wording) {
        if (!json) {
            out.println(verdict.status().name());
            verdict.reasons().forEach(r -> out.println(wording.line(r)));
            return;
        }
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("verdict", verdict.status().name());
        node.put("headline", wording.headline(verdict));
        node.put("phase", verdict.phaseName());
        ArrayNode reasons = node.putArray("reasons");
        for (Reason r : verdict.reasons()) {
            ObjectNode one = reasons.addObject();
            one.put("rule", r.rule().key());
            one.put("leadsTo", r.rule().leadsTo().name());
            one.put("about", wording.say(r.subject()));
            one.put("text", wording.say(r.text()));
            if (r.isOverridden()) {
                one.put("overriddenBecause", r.overriddenBecause());
            }
        }
        out.println(node.toPrettyString());
    }
}
