package org.restride.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.domain.Exercise;
import org.restride.domain.TestExercises;
import org.restride.library.PictureFinder;
import org.restride.store.ExerciseRepository;
import org.restride.store.PictureImport;
import org.restride.text.Words;
import org.restride.ui.DirectTaskRunner;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An exercise's photos and drawing, as the library shows them: what prints, and what the message line says. */
@ExtendWith(ApplicationExtension.class)
class PicturesViewModelTest {
    @TempDir
    Path folder;
    Workspace workspace;
    PictureFinder finder;
    PicturesViewModel model;
    Exercise own;
    Exercise builtIn;

    @Start
    void start(Stage stage) {
        // the toolkit, for the photos' images; no window is needed
    }

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("data"));
        ExerciseRepository exercises = new ExerciseRepository(WorkspaceDatabase.of(workspace));
        own = TestExercises.exercise("own-bridge", "Our bridge");
        exercises.save(own);
        builtIn = exercises.all(false, damaged -> { }).stream().filter(Exercise::isBuiltIn).findFirst().orElseThrow();
        finder = workspace.pictureFinder();
        model = new PicturesViewModel(finder, new PictureImport(finder.photos(), Clock.systemUTC()), new DirectTaskRunner(),
                Words.english());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path png(String name) throws Exception {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.BLUE.getRGB());
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aBuiltInExerciseKeepsItsPicturesAndSaysToMakeACopy() throws Exception {
        model.show(builtIn);
        assertFalse(model.canChange());
        model.addPhoto(png("start.png"));
        assertEquals("Built-in exercises keep their drawing. Make a copy to add your own photos or draw your own figure.",
                model.messageProperty().get());
        assertEquals(0, finder.photos().list(builtIn.id()).size(), "nothing imported");
        model.printDrawing();
        assertEquals(model.copyFirst(), model.messageProperty().get());
    }

    @Test
    void anAddedPhotoIsTheOneThatPrintsAndIsToldByName() throws Exception {
        model.show(own);
        assertTrue(model.canChange());
        model.addPhoto(png("start.png"));
        assertEquals(1, model.photos().size());
        assertEquals("start.png", model.printedPhoto().get().photo().fileName());
        assertEquals("Added start.png. It prints on the handout now; choose “Print the drawing” to print the drawing instead.",
                model.messageProperty().get());
        assertFalse(model.importingProperty().get());
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedAndNothingIsAdded() throws Exception {
        model.show(own);
        Path notAPicture = Files.writeString(folder.resolve("notes.png"), "these are my notes, not a photo");
        model.addPhoto(notAPicture);
        assertEquals(0, model.photos().size());
        assertEquals(0, finder.photos().list(own.id()).size());
        String said = model.messageProperty().get();
        assertFalse(said.isBlank() || said.startsWith("Added") || said.startsWith("Adding"), said);
        assertFalse(model.importingProperty().get(), "the import is over");
    }

    @Test
    void printingTheDrawingWhenThereIsNoneSaysNothingPrints() throws Exception {
        model.show(own);
        model.addPhoto(png("start.png"));
        model.printDrawing();
        assertNull(model.printedPhoto().get());
        assertEquals("No photo prints now. This exercise has no drawing yet: draw one, or print one of its photos.",
                model.messageProperty().get());
        model.printPhoto(model.photos().get(0).photo());
        assertEquals("start.png", model.printedPhoto().get().photo().fileName());
        assertEquals("The handout prints this photo.", model.messageProperty().get());
    }

    @Test
    void aDeletedPhotoGoesAndIsToldByName() throws Exception {
        model.show(own);
        model.addPhoto(png("start.png"));
        model.delete(model.photos().get(0).photo());
        assertEquals(0, model.photos().size());
        assertEquals(0, finder.photos().list(own.id()).size());
        assertEquals("Deleted start.png.", model.messageProperty().get());

        model.show(builtIn);
        assertEquals("", model.messageProperty().get(), "another exercise starts with a clear message line");
    }
}
