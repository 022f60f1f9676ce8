package org.restride.handout;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.restride.handout.layout.FontLibrary;

/** For test classes over the demo clinic's handouts: one data folder per class, and a renderer with its pictures. */
abstract class DemoHandouts {
    @TempDir
    static Path folder;
    static SampleClinic clinic;
    static HandoutRenderer renderer;

    @BeforeAll
    static void openClinic() {
        clinic = new SampleClinic(folder.resolve("data"));
        renderer = new HandoutRenderer(FontLibrary.bundled(), LibraryPictures.of(clinic.workspace()));
    }

    @AfterAll
    static void closeClinic() {
        clinic.close();
    }
}
