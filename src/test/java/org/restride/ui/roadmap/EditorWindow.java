package org.restride.ui.roadmap;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.restride.app.Workspace;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For the editor's keyboard tests: the real window at 1366×768 on the sample clinic, Maya's roadmap open in the
 * editor. Errors nobody planned for that reach the window's thread are kept, so a test can say there were none.
 */
final class EditorWindow {
    static final long MAYA = 1;

    final AppHarness app;
    final Path data;
    private final List<Throwable> escaped = new CopyOnWriteArrayList<>();
    private final Thread fxThread;
    private final Thread.UncaughtExceptionHandler before;
    private boolean closed;

    private EditorWindow(AppHarness app, Path data) {
        this.app = app;
        this.data = data;
        this.fxThread = Thread.currentThread();
        this.before = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((t, e) -> escaped.add(e));
    }

    /** Call on the window's thread (a @Start method). */
    static EditorWindow open(Stage stage, Path folder) {
        Path data = folder.resolve("data");
        AppHarness app = AppHarness.startOnSampleClinic(stage, data);
        app.root.openRoadmap(MAYA);
        return new EditorWindow(app, data);
    }

    /** Closes the window as the PT does (hiding it, then the writer and the data), once. */
    void close() {
        if (!closed) {
            closed = true;
            app.close();
            AppHarness.onFx(() -> fxThread.setUncaughtExceptionHandler(before));
        }
    }

    /** Maya's roadmap as the data folder holds it once the window is closed (a fresh look, as on the next start). */
    Roadmap reopened() {
        close();
        try (Workspace check = Workspace.open(data)) {
            return check.roadmaps().find(MAYA).orElseThrow();
        }
    }

    /** Maya's roadmap as the database holds it, once every save handed over has been written. */
    Roadmap saved() {
        app.settle();
        return app.workspace.roadmaps().find(MAYA).orElseThrow();
    }

    List<Throwable> escaped() {
        WaitForAsyncUtils.waitForFxEvents();
        return escaped;
    }

    static List<String> ids(Roadmap r, int phase) {
        return r.phases().get(phase).items().stream().map(PhaseItem::exerciseId).toList();
    }

    ListView<?> list(FxRobot fx, int phase) {
        return fx.lookup("#phase-" + phase + "-items").queryListView();
    }

    /** Puts the keyboard on a row of a phase's exercise list, as clicking it would. */
    void focusItem(FxRobot fx, int phase, int index) {
        ListView<?> items = list(fx, phase);
        AppHarness.onFx(() -> {
            items.requestFocus();
            items.getSelectionModel().select(index);
            items.getFocusModel().focus(index);
        });
    }

    void focus(Node node) {
        AppHarness.onFx(node::requestFocus);
    }

    Node focusOwner() {
        WaitForAsyncUtils.waitForFxEvents();
        return app.scene.getFocusOwner();
    }

    static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    String message(FxRobot fx) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx.lookup("#editor-message").queryLabeled().getText();
    }

    static String text(FxRobot fx, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx.lookup(query).<TextInputControl>query().getText();
    }
}
