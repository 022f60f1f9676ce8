package org.restride.ui.exercises;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialog, opening where the PT last found a picture. */
public final class SystemFileDialogs implements FileDialogs {
    private File lastFolder;

    @Override
    public Optional<Path> choosePicture(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add a photo of the exercise");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG or JPEG picture",
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
