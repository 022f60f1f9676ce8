package org.restride.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the app, or a baseline, in a fresh JVM the way a user's computer would, and times it from the moment
 * the process is asked for until it prints a marker or exits. Both sides of a comparison get the same JVM,
 * the same display (Monocle, headless, software rendering) and the same options.
 */
final class Jvm {
    /** The headless display, for the app and the bare window alike. */
    static final List<String> DISPLAY = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dheadless.geometry=1366x768-32", "-Djava.awt.headless=true");

    private static final int LIMIT_SECONDS = 90;

    private final Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Path appJar;
    private final String monocle;
    private final Path benchClasses;
    private final Path logs;

    Jvm(Path target, Path logs) {
        this.appJar = target.resolve("restride.jar");
        this.benchClasses = target.resolve("test-classes");
        this.logs = logs;
        this.monocle = classPathEntry("openjfx-monocle");
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalStateException(appJar + " is missing: run the bench with mvn -Pbench verify.");
        }
    }

    /** Monocle's jar, for a window on the headless display. */
    String monocle() {
        return monocle;
    }

    /** The options plus the display and the switch that makes a window print its first frame and quit. */
    static List<String> withProbe(List<String> options) {
        List<String> out = new ArrayList<>(options);
        out.add("-D" + org.restride.FirstFrameProbe.PROPERTY + "=true");
        return out;
    }

    /** {@code java -jar target/restride.jar ...}, with Monocle beside it for the headless display. */
    List<String> app(List<String> options, String... args) {
        return command(options, appJar + File.pathSeparator + monocle, "org.restride.Launcher", args);
    }

    /** The app's class path and the options, with no main class: for {@code -Xshare:dump}. */
    List<String> appClassPath(List<String> options) {
        return command(options, appJar + File.pathSeparator + monocle, null);
    }

    /** A class of the bench sources, with the app's jar (and so the same libraries) on its class path. */
    List<String> bench(List<String> options, Class<?> main, String... args) {
        String path = String.join(File.pathSeparator, appJar.toString(), monocle, benchClasses.toString());
        return command(options, path, main.getName(), args);
    }

    private List<String> command(List<String> options, String classPath, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand.toString());
        command.addAll(options);
        command.addAll(DISPLAY);
        command.add("-cp");
        command.add(classPath);
        if (main != null) {
            command.add(main);
            command.addAll(List.of(args));
        }
        return command;
    }

    /** Milliseconds from asking for the process to the line {@code marker} on its output; the process then ends. */
    double untilLine(String name, List<String> command, String marker) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(name, command);
        watch(name, process);
        try (BufferedReader out = reader(process)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains(marker)) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    finish(name, process);
                    return ms;
                }
            }
        }
        finish(name, process);
        throw new IllegalStateException(name + " ended without printing \"" + marker + "\"; see " + log(name));
    }

    /** The process's output lines up to {@code marker}; the process then ends. */
    List<String> linesUntil(String name, List<String> command, String marker) throws IOException, InterruptedException {
        Process process = start(name, command);
        watch(name, process);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = reader(process)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains(marker)) {
                    finish(name, process);
                    return lines;
                }
                lines.add(line);
            }
        }
        finish(name, process);
        throw new IllegalStateException(name + " ended without printing \"" + marker + "\"; see " + log(name));
    }

    /** Milliseconds from asking for the process to its exit, which must be a success. */
    double untilExit(String name, List<String> command) throws IOException, InterruptedException {
        return untilExit(name, command, null);
    }

    /** As {@link #untilExit(String, List)}, adding the process's CPU milliseconds (user + system) to {@code cpu}. */
    double untilExit(String name, List<String> command, List<Double> cpu) throws IOException, InterruptedException {
        double cpuBefore = ChildCpu.milliseconds();
        long start = System.nanoTime();
        Process process = start(name, command);
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        int code = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (cpu != null) {
            cpu.add(ChildCpu.milliseconds() - cpuBefore);
        }
        if (code != 0) {
            throw new IllegalStateException(name + " failed (exit " + code + "); see " + log(name));
        }
        return ms;
    }

    /** Starts the process, waits for {@code marker}, reads its resident memory in MB, and ends it. */
    double residentMegabytesAt(String name, List<String> command, String marker) throws IOException, InterruptedException {
        Process process = start(name, command);
        watch(name, process);
        try (BufferedReader out = reader(process)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains(marker)) {
                    double mb = Rss.megabytes(process.pid());
                    process.destroy();
                    finish(name, process);
                    return mb;
                }
            }
        }
        finish(name, process);
        throw new IllegalStateException(name + " ended without printing \"" + marker + "\"; see " + log(name));
    }

    /** Ends a process that has not printed its line within the time limit, so one stuck start cannot stall the bench. */
    private static void watch(String name, Process process) {
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    System.err.println("bench: " + name + " did not finish within " + LIMIT_SECONDS + " s; ended it");
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private Process start(String name, List<String> command) throws IOException {
        Files.createDirectories(logs);
        return new ProcessBuilder(command).redirectError(log(name).toFile()).start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void finish(String name, Process process) throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not end within a minute");
        }
    }

    private Path log(String name) {
        return logs.resolve(name + ".log");
    }

    private static String classPathEntry(String part) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains(part)) {
                return entry;
            }
        }
        throw new IllegalStateException(part + " is not on the bench's class path: run it with mvn -Pbench verify.");
    }
}
