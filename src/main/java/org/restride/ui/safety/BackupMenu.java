package org.restride.ui.safety;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.restride.io.FileEndings;
import org.restride.text.Words;

/** "Back up now…" and "Restore from a backup…" in the File menu. */
public final class BackupMenu {
    private final BackupsViewModel model;
    private final DataSession session;
    private final Supplier<Window> owner;
    private final Words words;

    public BackupMenu(BackupsViewModel model, DataSession session, Supplier<Window> owner, Words words) {
        this.model = model;
        this.session = session;
        this.owner = owner;
        this.words = words;
    }

    public List<MenuItem> items() {
        MenuItem backup = new MenuItem(words.get("ui-backups.menu.backup"));
        backup.setOnAction(e -> backupNow());
        MenuItem restore = new MenuItem(words.get("ui-backups.menu.restore"));
        restore.setOnAction(e -> restore());
        return List.of(backup, restore);
    }

    private void backupNow() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("ui-backups.saveTitle"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(backupFilter());
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            model.backupTo(file.toPath());
        }
    }

    private void restore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("ui-backups.restoreTitle"));
        File folder = model.backupsFolder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.getExtensionFilters().add(backupFilter());
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return;
        }
        ButtonType replace = new ButtonType(words.get("ui-backups.restoreButton"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, words.get("ui-backups.restoreBody"), replace,
                ButtonType.CANCEL);
        confirm.setTitle(words.get("ui-backups.restoreDialogTitle"));
        confirm.setHeaderText(words.get("ui-backups.restoreHeader", file.getName()));
        confirm.initOwner(owner.get());
        confirm.showAndWait().filter(replace::equals).ifPresent(b -> session.restore(file.toPath()));
    }

    /** Backups by the endings a backup may have, as "Back up now…" and the command line accept them. */
    private FileChooser.ExtensionFilter backupFilter() {
        return new FileChooser.ExtensionFilter(words.get("ui-backups.filter"),
                FileEndings.BACKUP.endings().stream().map(e -> "*" + e).toList());
    }
}
