package org.restride.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.restride.app.Workspace;
import org.restride.ui.CompositionRoot;

/**
 * The editor's keystroke figures (issue 13), in the real window on a headless display: for each key, how long the
 * JavaFX thread is busy handling it (the stall) and how long until the next pulse has laid the window out (the
 * repaint). Keys: 20 characters typed into a dosage field and Tab; Alt+Down/Alt+Up on an exercise; characters
 * typed into the patient form. Prints one {@link #FIGURE} line per series, then {@link #DONE}.
 */
public final class EditorProbe {
    static final String FIGURE = "restride-bench-figure";
    static final String DONE = "restride-bench: editor done";
    private static final String TYPED = "slowdownquickupabcde";
    /** Rounds and moves per round; more of either (-Dbench.rounds, -Dbench.moves) for a flight recording. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
    private static final int MOVES = Integer.getInteger("bench.moves", 4);

    private EditorProbe() {
    }

    /** Arguments: the data folder, the roadmap to open, the patient whose form is typed in. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /**
     * One key's cost, in ms: FX-thread stall, time to the next laid-out pulse, and the FX thread's CPU time over the
     * same span (what the window itself did, apart from waiting for a core on a busy machine).
     */
    private record Key(double stall, double repaint, double cpu) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static final class Window extends Application {
        private Workspace workspace;
        private CompositionRoot root;
        private Scene scene;
        private final List<Runnable> steps = new ArrayList<>();
        private final List<Key> dosage = new ArrayList<>();
        private final List<Key> move = new ArrayList<>();
        private final List<Key> patient = new ArrayList<>();
        private long firedAt;
        private long cpuAt;
        private List<Key> into;
        private double stall;

        @Override
        public void start(Stage stage) {
            Path folder = Path.of(getParameters().getRaw().get(0));
            long roadmap = Long.parseLong(getParameters().getRaw().get(1));
            long patientId = Long.parseLong(getParameters().getRaw().get(2));
            workspace = Workspace.open(folder);
            root = new CompositionRoot(workspace, stage, backup -> { });
            scene = root.show();
            scene.addPostLayoutPulseListener(this::pulse);
            for (int round = 0; round < ROUNDS; round++) {
                boolean counted = round > 0; // the first round warms the code up
                steps.add(() -> root.openRoadmap(roadmap));
                steps.add(() -> {
                    ListView<?> items = (ListView<?>) scene.lookup("#phase-5-items");
                    items.requestFocus();
                    items.getSelectionModel().select(0);
                });
                steps.add(() -> scene.lookup("#dosage-tempo").requestFocus());
                for (char c : TYPED.toCharArray()) {
                    steps.add(() -> key(counted ? dosage : null, KeyCode.getKeyCode(String.valueOf(c).toUpperCase(Locale.ROOT)),
                            String.valueOf(c), false));
                }
                steps.add(() -> key(counted ? dosage : null, KeyCode.TAB, "\t", false));
                steps.add(() -> {
                    ListView<?> items = (ListView<?>) scene.lookup("#phase-5-items");
                    items.requestFocus();
                    items.getSelectionModel().select(0);
                });
                for (int i = 0; i < MOVES; i++) {
                    KeyCode code = i % 2 == 0 ? KeyCode.DOWN : KeyCode.UP;
                    steps.add(() -> key(counted ? move : null, code, "", true));
                }
                steps.add(() -> root.openPatient(patientId));
                steps.add(() -> scene.lookup("#patient-name").requestFocus());
                for (int i = 0; i < 10; i++) {
                    steps.add(() -> key(counted ? patient : null, KeyCode.X, "x", false));
                }
                for (int i = 0; i < 10; i++) {
                    steps.add(() -> key(counted ? patient : null, KeyCode.BACK_SPACE, "", false));
                }
            }
            steps.add(this::report);
            PauseTransition settle = new PauseTransition(Duration.seconds(3));
            settle.setOnFinished(e -> next());
            settle.play();
        }

        /** Runs the next step a little after the last one, as a quick typist would (about 12 keys a second). */
        private void next() {
            if (steps.isEmpty()) {
                return;
            }
            Runnable step = steps.remove(0);
            PauseTransition gap = new PauseTransition(Duration.millis(80));
            gap.setOnFinished(e -> {
                step.run();
                if (firedAt == 0) {
                    next();
                } else {
                    PauseTransition limit = new PauseTransition(Duration.seconds(1));
                    long fired = firedAt;
                    limit.setOnFinished(x -> {
                        if (firedAt == fired) { // no pulse came: counted as a full second
                            into.add(new Key(stall, 1000, Double.NaN));
                            firedAt = 0;
                            next();
                        }
                    });
                    limit.play();
                }
            });
            gap.play();
        }

        /** Fires one key at the focused control, as the keyboard would: pressed, typed, released. */
        private void key(List<Key> series, KeyCode code, String text, boolean alt) {
            Node target = scene.getFocusOwner();
            cpuAt = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, alt, false));
            if (!text.isEmpty() && code != KeyCode.TAB) {
                Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED,
                        false, false, alt, false));
            }
            Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, alt, false));
            stall = (System.nanoTime() - start) / 1e6;
            into = series;
            firedAt = series == null ? 0 : start;
        }

        private void pulse() {
            if (firedAt != 0) {
                into.add(new Key(stall, (System.nanoTime() - firedAt) / 1e6,
                        (THREADS.getCurrentThreadCpuTime() - cpuAt) / 1e6));
                firedAt = 0;
                next();
            }
        }

        private void report() {
            print("editorKeystroke", dosage);
            print("editorMove", move);
            print("patientKeystroke", patient);
            System.out.println(DONE);
            System.out.flush();
            Platform.exit();
        }

        private static void print(String key, List<Key> keys) {
            List<Double> stalls = keys.stream().map(Key::stall).toList();
            List<Double> repaints = keys.stream().map(Key::repaint).toList();
            List<Double> cpu = keys.stream().map(Key::cpu).filter(ms -> !ms.isNaN()).toList();
            System.out.printf(Locale.ROOT, "%s %s %d %.3f %.3f %.3f %.3f %.3f %.3f%n", FIGURE, key, keys.size(),
                    Stats.median(stalls), stalls.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    Stats.percentile(repaints, 99), Stats.median(repaints), cpu.isEmpty() ? Double.NaN : Stats.median(cpu),
                    cpu.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        }

        @Override
        public void stop() {
            root.close();
            workspace.close();
        }
    }
}
