package org.restride.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.restride.domain.Roadmap;
import org.restride.handout.HandoutRequest;
import org.restride.handout.HandoutResult;

/**
 * Exporting a handout in a running app (fonts already read): gather the roadmap from the database, lay it out,
 * write the PDF file. {@code scale} repeats the sample roadmap's phases for the growth figures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {
    @Param("")
    public String folder;
    @Param("0")
    public long roadmap;
    @Param("1")
    public int scale;

    private OpenFolder open;
    private Roadmap scaled;
    private String firstName;
    private Path out;

    @Setup
    public void open() throws IOException {
        open = new OpenFolder(folder);
        Roadmap sample = open.roadmap(roadmap);
        scaled = SampleRoadmap.scaled(sample, scale);
        firstName = open.firstNameOf(sample);
        out = Files.createTempFile("restride-bench", ".pdf");
    }

    /** The saved roadmap, as the export command and the window's Export PDF do it. */
    @Benchmark
    public HandoutResult export() throws IOException {
        HandoutRequest request = open.requests.forRoadmap(roadmap, open.today).orElseThrow();
        return open.renderer.write(request, out);
    }

    /** The roadmap repeated {@code scale} times (built in memory; its exercises come from the database). */
    @Benchmark
    public HandoutResult exportScaled() throws IOException {
        HandoutRequest request = open.requests.request(scaled, firstName, open.today);
        return open.renderer.write(request, out);
    }

    @TearDown
    public void close() throws IOException {
        open.close();
        Files.deleteIfExists(out);
    }
}
