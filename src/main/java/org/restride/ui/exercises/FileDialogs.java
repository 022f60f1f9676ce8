package org.restride.ui.exercises;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the PT for a file. The window uses the system's dialog; tests hand over a path instead. */
public interface FileDialogs {
    /** A PNG or JPEG picture to attach, or empty if the PT cancelled. */
    Optional<Path> choosePicture(Window owner);
}
