package org.restride.cli;

import java.util.concurrent.Callable;
import org.restride.app.Workspace;
import org.restride.app.DemoClinic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Fills the data folder with a sample clinic, so a newcomer sees real roadmaps at once. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fills the data folder with a sample clinic: a profile and three patients with roadmaps.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            DemoClinic.Result result = new DemoClinic(workspace).fill();
            spec.commandLine().getOut().println(result.describe(workspace.folder()));
        }
        return 0;
    }
}
