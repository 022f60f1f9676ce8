package org.restride.bench;

import org.restride.text.Words;
import java.util.ArrayList;
import java.util.List;
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
import org.restride.store.ExerciseQuery;
import org.restride.ui.DirectTaskRunner;
import org.restride.ui.search.ExerciseSearchViewModel;

/**
 * A keystroke in the library search: the search box's text changes by one letter and the view-model fills its
 * result list (the list the window shows). The words are typed letter by letter, as a PT would type them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {
    static final List<String> WORDS = List.of("bridge", "squat", "breathing", "single leg", "plank", "hop", "run",
            "deadlift", "calf raise", "pelvic floor", "dead bug", "side plank");

    @Param("")
    public String folder;

    private OpenFolder open;
    private ExerciseSearchViewModel model;
    private final List<String> keystrokes = new ArrayList<>();
    private int next;

    @Setup
    public void open() {
        open = new OpenFolder(folder);
        model = new ExerciseSearchViewModel(open.workspace.exerciseIndex(), new DirectTaskRunner(), Words.english());
        for (String word : WORDS) {
            for (int i = 1; i <= word.length(); i++) {
                keystrokes.add(word.substring(0, i));
            }
        }
    }

    /** The search box's text changes; the result list is refilled. */
    @Benchmark
    public int keystroke() {
        model.textProperty().set(keystrokes.get(next++ % keystrokes.size()));
        return model.results().size();
    }

    /** The same search with SQLite's full-text index (as the command line searches), for comparison. */
    @Benchmark
    public int repository() {
        String text = keystrokes.get(next++ % keystrokes.size());
        return open.workspace.exercises().search(ExerciseQuery.text(text), 500).size();
    }

    @TearDown
    public void close() {
        open.close();
    }
}
