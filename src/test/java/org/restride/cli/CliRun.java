package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One run of the command line in tests: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
    /** Runs {@code args} on the data folder {@code data}, as {@code restride --data-dir DATA args…}. */
    static CliRun inData(Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(args)).toArray(String[]::new);
        int code = CommandLineRunner.run(all, path -> { }, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Fills {@code folder/data} with the sample clinic, as {@code restride demo}; that data folder. */
    static Path sampleClinic(Path folder) {
        Path data = folder.resolve("data");
        CliRun demo = inData(data, "demo");
        assertEquals(0, demo.code(), demo.err());
        return data;
    }
}
