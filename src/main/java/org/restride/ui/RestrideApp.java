package org.restride.ui;

import org.restride.FirstFrameProbe;
import org.restride.app.Problems;
import org.restride.text.Words;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.restride.app.DataFolder;
import org.restride.app.Logs;
import org.restride.app.Workspace;
import org.restride.store.StoreException;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.InstanceLock;
import org.restride.store.safety.Restorer;
import org.restride.store.safety.ShowRequests;
import org.restride.ui.safety.DataSession;
import org.restride.ui.safety.OpeningDialogs;

/**
 * The window's life: one writer per data folder (a second copy brings the first forward), a private log, the
 * damaged-database dialog, and restoring a backup. The data folder arrives as a launch parameter.
 */
public final class RestrideApp extends Application implements DataSession {
    private static final String DATA_DIR = "data-dir";

    /** The one clock of the window: every date, stamp and zone comes from it. */
    private final Clock clock = Clock.systemDefaultZone();
    /** The window's words: it stays in English whatever language the handouts print in. */
    private final Words words = Words.english();
    private Path folder;
    private Stage stage;
    private InstanceLock lock;
    private Logs logs;
    private ShowRequests.Watch showWatch;
    private Workspace workspace;
    private CompositionRoot root;

    /** Opens the window on the data folder and returns when it closes. */
    public static void open(Path dataFolder) {
        Application.launch(RestrideApp.class, "--" + DATA_DIR + "=" + dataFolder);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        String given = getParameters().getNamed().get(DATA_DIR);
        folder = DataFolder.resolve(given == null ? null : Path.of(given));
        try {
            InstanceLock.Acquisition acquisition = InstanceLock.acquire(folder);
            if (acquisition instanceof InstanceLock.HeldByAnother other) {
                new ShowRequests(folder).send();
                Alert alert = new Alert(Alert.AlertType.INFORMATION, words.get("ui-opening.alreadyOpen",
                        other.problem().in(words)));
                alert.setHeaderText(words.get("ui-opening.alreadyOpenHeader"));
                alert.showAndWait();
                Platform.exit();
                return;
            }
            lock = ((InstanceLock.Acquired) acquisition).lock();
            logs = Logs.start(folder);
            lock.removeLeftovers(clock.instant());
            new UncaughtErrors(words, () -> stage).install();
            ShowRequests requests = new ShowRequests(folder);
            requests.takePending();
            showWatch = requests.watch(() -> Platform.runLater(this::bringForward));
        } catch (StoreException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Problems.words(words, e));
            alert.setHeaderText(words.get("ui-opening.cannotOpen"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        openSession(null);
    }

    private void openSession(String greeting) {
        Optional<Workspace> opened = new OpeningDialogs(folder, clock, words).open();
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        workspace = opened.get();
        root = new CompositionRoot(workspace, stage, this, words);
        FirstFrameProbe.attachIfAsked(root.show());
        if (greeting != null) {
            root.say(greeting);
        }
    }

    @Override
    public void restore(Path backup) {
        closeSession();
        String outcome;
        try {
            outcome = new Restorer(folder, new BackupFolder(folder, clock.getZone())).restore(backup, clock.instant()).describe();
        } catch (StoreException e) {
            outcome = words.get("ui-opening.notRestored", Problems.words(words, e));
        }
        openSession(outcome);
    }

    private void bringForward() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
    }

    private void closeSession() {
        if (root != null) {
            root.close();
            root = null;
        }
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    @Override
    public void stop() {
        closeSession();
        if (showWatch != null) {
            showWatch.close();
        }
        if (logs != null) {
            logs.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
