package org.restride.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.restride.FirstFrameProbe;

/**
 * Makes the app's class-data archive (AppCDS) as packaging would: list the classes that a start of the window
 * and an export load, then dump them once into an archive the JVM maps at start instead of loading and
 * verifying each class from the jars.
 */
final class AppCds {
    private AppCds() {
    }

    static Path build(Jvm jvm, DataSets.Folder sample, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        Path windowList = out.resolve("window.classlist");
        Path exportList = out.resolve("export.classlist");
        jvm.untilLine("cds-window", jvm.app(Jvm.withProbe(with(Launch.JVM, "-XX:DumpLoadedClassList=" + windowList)),
                "--data-dir", sample.path().toString()), FirstFrameProbe.MARKER);
        jvm.untilExit("cds-export", jvm.app(with(Launch.JVM, "-XX:DumpLoadedClassList=" + exportList),
                "--data-dir", sample.path().toString(), "export", "--roadmap", Long.toString(sample.roadmapId()),
                "--out", out.resolve("training.pdf").toString()));
        Set<String> classes = new LinkedHashSet<>(Files.readAllLines(windowList));
        classes.addAll(Files.readAllLines(exportList));
        Path list = out.resolve("restride.classlist");
        Files.write(list, classes);
        Path archive = out.resolve("restride.jsa");
        Files.deleteIfExists(archive);
        jvm.untilExit("cds-dump", jvm.appClassPath(with(Launch.JVM, "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive)));
        return archive;
    }

    private static List<String> with(List<String> options, String... more) {
        List<String> out = new ArrayList<>(options);
        out.addAll(List.of(more));
        return out;
    }
}
