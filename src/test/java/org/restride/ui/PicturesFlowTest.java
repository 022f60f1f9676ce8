package org.restride.ui;

import java.util.ArrayList;
import org.restride.app.WorkspaceDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.ui.exercises.FileDialogs;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Exercise;
import org.restride.figure.BuiltInFigures;
import org.restride.figure.Figure;
import org.restride.figure.Joint;
import org.restride.handout.LibraryPictures;
import org.restride.library.PictureFinder;
import org.restride.store.Photo;
import org.restride.store.PhotoRepository;
import org.restride.ui.figure.FigureView;
import org.restride.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The clinic's own pictures through the window: attaching photos (good and bad), choosing what prints, drawing a figure. */
class PicturesFlowTest extends SampleClinicWindowTest {
    private static final String BAND_BRIDGE = "bridge-band";

    @TempDir
    Path downloads;
    PhotoRepository photos;
    /** What the "file dialog" hands back next. */
    final Deque<Path> chosen = new ArrayDeque<>();

    @BeforeEach
    void openPhotos() {
        photos = new PhotoRepository(WorkspaceDatabase.of(app.workspace));
    }

    @Override
    protected FileDialogs fileDialogs() {
        return (Window owner) -> Optional.ofNullable(chosen.poll());
    }

    @Test
    void aGoodPhotoShowsAndPrintsWhileBadFilesLeaveTheExerciseAsItWas(FxRobot robot) throws Exception {
        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        pickInLibrary(robot, "glute bridge band", "Glute bridge with a band");
        waitFor(() -> robot.lookup("#picture-large .figure-view").tryQuery().isPresent());
        assertTrue(caption(robot).contains("Make a copy"), caption(robot));
        assertTrue(robot.lookup("#add-photo").tryQuery().isEmpty(), "a built-in exercise takes no photos");
        app.screenshot("library-picture-builtin");

        robot.clickOn("#copy-exercise");
        waitFor(() -> robot.lookup("#add-photo").tryQuery().isPresent());
        Exercise copy = madeInTest();
        assertEquals(BAND_BRIDGE, copy.basedOnId());
        assertTrue(caption(robot).contains("built-in drawing"), "the copy shows its original's drawing");

        PictureFiles files = new PictureFiles(downloads);
        Figure bridge = BuiltInFigures.load().find(BAND_BRIDGE).orElseThrow();
        attach(robot, files.empty("empty.png"));
        assertEquals("empty.png is empty (0 bytes). Choose a PNG or JPEG photo.", message(robot));
        attach(robot, files.text("notes.jpg"));
        assertEquals("notes.jpg is not a PNG or JPEG picture. Choose a PNG or JPEG photo.", message(robot));
        attach(robot, files.damaged("broken.png"));
        assertEquals("broken.png looks like a PNG picture but is damaged and cannot be read.", message(robot));
        attach(robot, files.huge("huge.png"));
        assertEquals("huge.png is 10,000 × 10,000 pixels, which is too large; pictures up to 50 megapixels can be imported.",
                message(robot));
        assertTrue(photos.list(copy.id()).isEmpty(), "nothing was saved from the bad files");
        assertTrue(robot.lookup(".photo-tile").queryAll().isEmpty());

        attach(robot, files.photo("bridge-at-the-clinic.jpg", bridge));
        waitFor(() -> robot.lookup(".photo-tile").queryAll().size() == 1);
        List<Photo> saved = photos.list(copy.id());
        assertEquals(1, saved.size());
        assertEquals(1200, saved.get(0).width(), "a photo within 1600 px keeps its size");
        assertTrue(saved.get(0).printed(), "the new photo is the one that prints");
        assertTrue(caption(robot).contains("bridge-at-the-clinic.jpg"), caption(robot));
        assertTrue(message(robot).startsWith("Added bridge-at-the-clinic.jpg."), message(robot));
        assertEquals(1, printedImages(copy.id()).size(), "the handout card shows the photo");
        assertTrue(printedImages(copy.id()).get(0).getWidth() <= 500, "scaled to what the 120 pt box needs");
        app.screenshot("library-photo");

        robot.clickOn("#print-drawing");
        waitFor(() -> photos.printed(copy.id()).isEmpty());
        waitFor(() -> robot.lookup("#picture-large .figure-view").tryQuery().isPresent());
        assertTrue(printedImages(copy.id()).isEmpty(), "the handout prints the drawing, as vector paths");
        WaitForAsyncUtils.waitForFxEvents();
        fireOnShownTile(robot, ".photo-tile .radio-button");
        waitFor(() -> photos.printed(copy.id()).isPresent());

        WaitForAsyncUtils.waitForFxEvents();
        fireOnShownTile(robot, ".photo-tile .button");
        app.screenshot("library-photo-delete");
        robot.clickOn("#confirm-discard");
        waitFor(() -> photos.list(copy.id()).isEmpty());
        waitFor(() -> robot.lookup(".photo-tile").queryAll().isEmpty());
        assertTrue(caption(robot).contains("built-in drawing"), "deleting the printed photo brings back the drawing");
    }

    @Test
    void thePoseEditorSavesTheClinicsOwnFigure(FxRobot robot) throws Exception {
        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        robot.clickOn("#new-exercise");
        waitFor(() -> robot.lookup("#draw-figure").tryQuery().isPresent());
        Exercise own = madeInTest();
        assertTrue(caption(robot).contains("No picture prints yet"), caption(robot));
        robot.clickOn("#draw-figure");
        waitFor(() -> robot.lookup("#pose-preview").tryQuery().isPresent());

        AppHarness.onFx(() -> robot.lookup("#pose-base").<String>queryComboBox().setValue("squat"));
        robot.clickOn("#pose-moves");
        robot.clickOn("#pose-tab-end");
        AppHarness.onFx(() -> robot.lookup("#joint-end-rKnee").queryAs(Slider.class).requestFocus());
        robot.push(KeyCode.LEFT).push(KeyCode.LEFT);
        Figure shown = ((FigureView) robot.lookup("#pose-preview").query()).getFigure();
        assertTrue(shown.moves());
        assertEquals(shown.start().get(Joint.R_KNEE) - 10, shown.end().get(Joint.R_KNEE), 0.001,
                "the end frame's knee moved; the preview shows it");
        AppHarness.screenshot(robot.lookup("#pose-preview").query().getScene(), "pose-editor");

        robot.clickOn("#pose-save");
        waitFor(() -> photos.figure(own.id()).isPresent());
        Figure saved = PictureFinder.over(WorkspaceDatabase.of(app.workspace)).drawing(own.id()).orElseThrow().figure();
        assertEquals(shown, saved, "what was saved is what the preview showed");
        waitFor(() -> caption(robot).contains("your own drawing"));
        FigureView large = robot.lookup("#picture-large .figure-view").query();
        assertEquals(saved, large.getFigure(), "the library shows the new drawing");
        assertTrue(new LibraryPictures(PictureFinder.over(WorkspaceDatabase.of(app.workspace))).has(own.id()), "and the handout prints it");
        app.screenshot("library-own-drawing");

        robot.clickOn("#remove-drawing");
        robot.clickOn("#keep");
        assertTrue(photos.figure(own.id()).isPresent(), "kept when the PT changes her mind");
        robot.clickOn("#remove-drawing");
        robot.clickOn("#confirm-discard");
        waitFor(() -> photos.figure(own.id()).isEmpty());
        waitFor(() -> caption(robot).contains("No picture prints yet"));
    }

    /** Attaches the file and waits for the outcome that names it (not merely for "Adding…" to end). */
    private void attach(FxRobot robot, Path file) throws Exception {
        chosen.add(file);
        robot.clickOn("#add-photo");
        String name = file.getFileName().toString();
        waitFor(() -> {
            String now = robot.lookup("#picture-message").tryQuery().map(n -> ((Label) n).getText()).orElse("");
            return now.contains(name) && !now.startsWith("Adding");
        });
    }

    /**
     * Presses the control of the photo tile on show, found and pressed in one step of the window's thread: the tiles
     * are made again when the photos change, and a tile found a moment earlier may already have left the window.
     */
    private static void fireOnShownTile(FxRobot robot, String query) {
        AppHarness.onFx(() -> ((ButtonBase) robot.lookup(query).match(n -> n.getScene() != null).queryAs(Node.class)).fire());
    }

    /** The images a handout card of the exercise would hold. */
    private List<PDImageXObject> printedImages(String exerciseId) throws Exception {
        LibraryPictures pictures = new LibraryPictures(PictureFinder.over(WorkspaceDatabase.of(app.workspace)));
        assertTrue(pictures.has(exerciseId));
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                pictures.draw(exerciseId, document, content, 50, 50, 120, 90);
            }
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            return images;
        }
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#picture-caption").queryAs(Label.class).getText();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#picture-message").queryAs(Label.class).getText();
    }
}
