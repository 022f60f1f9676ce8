package org.restride.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The installed app as {@code installer/build-linux.sh --app-image} leaves it: its own launcher for the command
 * line, and for the window the image's runtime with the launcher's options and class path read from its
 * {@code .cfg}, plus Monocle at the end of the class path for the headless display (after the archived prefix,
 * so the class-data archive still applies).
 */
final class AppImage {
    private final Path root;
    private final Path app;

    private AppImage(Path root) {
        this.root = root;
        this.app = root.resolve("lib/app");
    }

    /** The image under target/installer, built first (from the jars already packaged) when missing or older. */
    static AppImage prepare(Path target) throws IOException, InterruptedException {
        Path root = target.resolve("installer/Restride");
        Path launcher = root.resolve("bin/Restride");
        Path jar = target.resolve("restride.jar");
        if (!Files.isExecutable(launcher)
                || Files.getLastModifiedTime(launcher).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            Path script = target.getParent().resolve("installer/build-linux.sh");
            Process build = new ProcessBuilder(script.toString(), "--app-image").inheritIO()
                    .directory(target.getParent().toFile()).start();
            if (build.waitFor() != 0) {
                throw new IllegalStateException("installer/build-linux.sh --app-image failed");
            }
        }
        return new AppImage(root);
    }

    /** {@code bin/Restride args...}: exactly what a user runs. */
    List<String> launcher(String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("bin/Restride").toString());
        command.addAll(List.of(args));
        return command;
    }

    /** The image's runtime, the launcher's options and class path, Monocle appended, and {@code extra} options. */
    List<String> runtime(String monocle, List<String> extra, String... args) throws IOException {
        List<String> options = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String main = null;
        Path cfg = app.resolve("Restride.cfg");
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", app.toString());
            if (line.startsWith("java-options=")) {
                options.add(value);
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                main = value;
            }
        }
        classPath.add(monocle);
        List<String> command = new ArrayList<>();
        command.add(root.resolve("lib/runtime/bin/java").toString());
        command.addAll(options);
        command.addAll(extra);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classPath));
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }
}
