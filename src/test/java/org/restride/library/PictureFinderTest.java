package org.restride.library;

import org.restride.app.WorkspaceDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.domain.Exercise;
import org.restride.figure.BuiltInFigures;
import org.restride.figure.Figure;
import org.restride.figure.FigureJson;
import org.restride.figure.Joint;
import org.restride.store.Photo;
import org.restride.store.PictureImport;

/** Which picture an exercise prints: the chosen photo, else the clinic's drawing, else the built-in one. */
class PictureFinderTest {
    private static final String SQUAT = "squat-bodyweight";

    @TempDir
    Path folder;
    Workspace workspace;
    PictureFinder finder;
    Figure builtInSquat;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        finder = PictureFinder.over(WorkspaceDatabase.of(workspace));
        builtInSquat = BuiltInFigures.load().find(SQUAT).orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aClinicCopySharesItsOriginalsDrawingUntilItHasItsOwn() {
        Exercise copy = copyOfSquat();
        assertEquals(new PictureFinder.Drawing(builtInSquat, false), finder.printed(copy.id()).orElseThrow());

        Figure own = builtInSquat.withStart(builtInSquat.start().with(Joint.R_KNEE, 45));
        finder.photos().saveFigure(copy.id(), FigureJson.write(own).toString());
        assertEquals(new PictureFinder.Drawing(own, true), finder.printed(copy.id()).orElseThrow());
        assertEquals(builtInSquat, finder.drawing(SQUAT).orElseThrow().figure(), "the built-in exercise is unchanged");
    }

    @Test
    void aDamagedDrawingOfTheClinicsGivesWayToTheBuiltInOne() {
        Exercise copy = copyOfSquat();
        finder.photos().saveFigure(copy.id(), "{\"start\": {\"rKnee\": \"bent\"}}");
        assertEquals(new PictureFinder.Drawing(builtInSquat, false), finder.drawing(copy.id()).orElseThrow());
    }

    @Test
    void theChosenPhotoPrintsAndTheDrawingReturnsWhenItIsUnchosen() throws IOException {
        Exercise copy = copyOfSquat();
        Photo photo = new PictureImport(finder.photos(), Clock.systemUTC()).importBytes(copy.id(), "squat.png", png());
        assertInstanceOf(PictureFinder.Drawing.class, finder.printed(copy.id()).orElseThrow(), "a new photo waits to be chosen");
        finder.photos().printPhoto(photo.id());
        assertEquals(photo.id(), ((PictureFinder.PrintedPhoto) finder.printed(copy.id()).orElseThrow()).photo().id());
        finder.photos().printDrawing(copy.id());
        assertInstanceOf(PictureFinder.Drawing.class, finder.printed(copy.id()).orElseThrow());
    }

    @Test
    void anExerciseWithNeitherHasNoPicture() {
        Exercise own = copyOfSquat();
        Exercise fresh = new Exercise("own-fresh", "Fresh", own.summary(), own.steps(), own.cues(), own.mistakes(),
                own.watchFor(), own.phases(), own.region(), own.equipment(), own.position(), own.impact(),
                own.pelvicFloorDemand(), own.tags(), own.defaultDosage(), null, null, own.source(), null, false);
        workspace.exercises().save(fresh);
        assertFalse(finder.printed("own-fresh").isPresent());
        assertTrue(finder.printed(SQUAT).isPresent());
    }

    private Exercise copyOfSquat() {
        Exercise copy = workspace.exercises().find(SQUAT).orElseThrow().copyForClinic("own-squat", "Squat (clinic)");
        workspace.exercises().save(copy);
        return copy;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
