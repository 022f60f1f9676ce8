package org.restride.ui.safety;

import java.io.File;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** "Back up now…" and "Restore from a backup…" in the File menu. */
public final class BackupMenu {
    private final BackupsViewModel model;
    private final DataSession session;
    private final java.util.function.Supplier<Window> owner;

    public BackupMenu(BackupsViewModel model, DataSession session, java.util.function.Supplier<Window> owner) {
        this.model = model;
        this.session = session;
        this.owner = owner;
    }

    public List<MenuItem> items() {
        MenuItem backup = new MenuItem("_Back up now…");
        backup.setOnAction(e -> backupNow());
        MenuItem restore = new MenuItem("_Restore from a backup…");
        restore.setOnAction(e -> restore());
        return List.of(backup, restore);
    }

    private void backupNow() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Back up Restride's data");
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Restride backup", "*.db"));
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            model.backupTo(file.toPath());
        }
    }

    private void restore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a backup to restore");
        File folder = model.backupsFolder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Restride backup", "*.db"));
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return;
        }
        ButtonType replace = new ButtonType("Restore this backup", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Restride will first back up the data you have now, "
                + "so you can undo this by restoring that backup.", replace, ButtonType.CANCEL);
        confirm.setTitle("Restore from a backup");
        confirm.setHeaderText("Replace the current data with " + file.getName() + "?");
        confirm.initOwner(owner.get());
        confirm.showAndWait().filter(replace::equals).ifPresent(b -> session.restore(file.toPath()));
    }
}
