package org.restride.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
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
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.handout.HandoutRequest;

/**
 * From an edit to the refreshed first page of the preview, as the window does it after the PT pauses: gather
 * the edited roadmap's handout, render it, and draw page 1 at the preview's resolution (from the document still in
 * memory, as {@code HandoutViewModel} does). Each call makes a
 * different edit (a note on the first exercise comes and goes) so nothing is served from a cache.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PreviewBenchmark {
    /** The preview's resolution (HandoutViewModel.PREVIEW_DPI). */
    static final float PREVIEW_DPI = 60;

    @Param("")
    public String folder;
    @Param("0")
    public long roadmap;

    private OpenFolder open;
    private Roadmap[] edits;
    private String firstName;
    private int next;

    @Setup
    public void open() {
        open = new OpenFolder(folder);
        Roadmap sample = open.roadmap(roadmap);
        firstName = open.firstNameOf(sample);
        edits = new Roadmap[] {withNote(sample, "Keep the breath moving."), withNote(sample, null)};
    }

    private static Roadmap withNote(Roadmap r, String note) {
        Phase first = r.phases().get(0);
        PhaseItem item = first.items().get(0);
        Phase edited = first.withItem(0, new PhaseItem(item.exerciseId(), item.dosage(), note));
        java.util.List<Phase> phases = new java.util.ArrayList<>(r.phases());
        phases.set(0, edited);
        return r.withPhases(phases);
    }

    @Benchmark
    public BufferedImage editToFirstPage() throws IOException {
        Roadmap edited = edits[next++ % edits.length];
        HandoutRequest request = open.requests.request(edited, firstName, open.today);
        return open.renderer.preview(request, PREVIEW_DPI).firstPage();
    }

    @TearDown
    public void close() {
        open.close();
    }
}
