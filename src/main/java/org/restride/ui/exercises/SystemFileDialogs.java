package org.restride.ui.exercises;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.restride.text.Words;

/** The system's file dialog, opening where the PT last found a picture. */
public final class SystemFileDialogs implements FileDialogs {
    private final Words words;
    private File lastFolder;

    public SystemFileDialogs(Words words) {
        this.words = words;
    }

    @Override
    public Optional<Path> choosePicture(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("ui-pictures.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("ui-pictures.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
