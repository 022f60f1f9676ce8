package org.restride.handout;

import org.restride.app.WorkspaceDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.PhaseItem;
import org.restride.domain.TestExercises;
import org.restride.figure.BuiltInFigures;
import org.restride.figure.FigureJson;
import org.restride.handout.layout.FontLibrary;
import org.restride.store.Photo;
import org.restride.store.PhotoRepository;
import org.restride.store.PictureImport;

/** The library's pictures on handout cards: drawings as vector paths, the clinic's chosen photo as an image. */
class LibraryPicturesTest {
    private static final String BRIDGE = "bridge-band";
    private static final Color PHOTO_COLOUR = new Color(0x7A1FA2);

    @TempDir
    Path folder;
    Workspace workspace;
    PhotoRepository photos;
    LibraryPictures pictures;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        new DemoClinic(workspace).fill();
        photos = new PhotoRepository(WorkspaceDatabase.of(workspace));
        pictures = LibraryPictures.of(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyBuiltInExercisePrintsItsDrawingAsVectorPaths() throws IOException {
        for (String id : workspace.exercises().idsFrom(ExerciseSource.BUILT_IN)) {
            assertTrue(pictures.has(id), id);
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = drawOnPage(document, BRIDGE, 120, 90);
            assertTrue(images(page).isEmpty(), "no bitmap");
            assertTrue(page.getContents().readAllBytes().length > 1000, "the figure's paths are in the page");
        }
    }

    @Test
    void aNewExerciseHasNoPictureUntilTheClinicDrawsOne() {
        workspace.exercises().save(TestExercises.exercise("own-heel-walk", "Heel walk"));
        assertFalse(pictures.has("own-heel-walk"));
        photos.saveFigure("own-heel-walk", FigureJson.write(BuiltInFigures.load().find(BRIDGE).orElseThrow()).toString());
        assertTrue(pictures.has("own-heel-walk"));
    }

    @Test
    void aChosenPhotoPrintsOnEveryCardOfItsExerciseAndIsEmbeddedOnce() throws Exception {
        print(photo(1200, 900, "jpeg"));
        HandoutResult result = renderTwice(BRIDGE);
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            Set<Object> streams = new HashSet<>();
            int cards = 0;
            for (PDPage page : document.getPages()) {
                for (PDImageXObject image : images(page)) {
                    streams.add(image.getCOSObject());
                    cards++;
                    assertTrue(image.getWidth() <= 500, "scaled to what the 120 pt box needs: " + image.getWidth());
                }
            }
            assertEquals(2, cards, "both cards show the photo");
            assertEquals(1, streams.size(), "the photo is stored in the PDF once");
        }
    }

    @Test
    void thePhotoFitsItsBoxWithItsShapeKept() throws Exception {
        print(photo(600, 800, "png"));
        try (PDDocument document = new PDDocument()) {
            PDPage page = drawOnPage(document, BRIDGE, 120, 90);
            byte[] pdf = save(document);
            BufferedImage rendered = HandoutPages.render(pdf, 0, 72);
            int[] box = photoBounds(rendered);
            double width = box[2] - box[0] + 1;
            double height = box[3] - box[1] + 1;
            assertEquals(90, height, 2, "as tall as the box");
            assertEquals(0.75, width / height, 0.04, "a portrait photo stays 3:4");
            assertTrue(box[0] >= 50 + 20 && box[2] <= 50 + 100, "centred in the box");
            assertEquals(1, images(page).size());
        }
    }

    @Test
    void aPhotoThatCanNoLongerBeReadGivesWayToTheDrawing() throws Exception {
        print(photo(400, 300, "jpeg"));
        WorkspaceDatabase.of(workspace).write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE exercise_photos SET bytes = x'FFD8FF0000'");
            }
        });
        HandoutResult result = renderTwice(BRIDGE);
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            for (PDPage page : document.getPages()) {
                assertTrue(images(page).isEmpty());
            }
        }
        assertTrue(HandoutContentTest.text(result).contains("Glute bridge with a band"));
    }

    /** Imports a photo for the bridge and makes it the one that prints. */
    private void print(byte[] bytes) {
        Photo photo = new PictureImport(photos, Clock.systemUTC()).importBytes(BRIDGE, "photo", bytes);
        photos.printPhoto(photo.id());
    }

    /** A handout with the exercise in two phases. */
    private HandoutResult renderTwice(String exerciseId) {
        Exercise exercise = workspace.exercises().find(exerciseId).orElseThrow();
        List<PhaseItem> items = List.of(new PhaseItem(exerciseId, exercise.defaultDosage(), null));
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("Plan", List.of(Roadmaps.phase("One", items),
                Roadmaps.phase("Two", items))), List.of(exercise), "Ana", Roadmaps.clinic("Clinic", null));
        return new HandoutRenderer(FontLibrary.bundled(), pictures).render(request);
    }

    private PDPage drawOnPage(PDDocument document, String exerciseId, float width, float height) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            pictures.draw(exerciseId, document, content, 50, 600, width, height);
        }
        return page;
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                out.add(image);
            }
        }
        return out;
    }

    /** {minX, minY, maxX, maxY} of the pixels in the photo's colour. */
    private static int[] photoBounds(BufferedImage image) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - PHOTO_COLOUR.getRed()) < 24 && Math.abs(c.getGreen() - PHOTO_COLOUR.getGreen()) < 24
                        && Math.abs(c.getBlue() - PHOTO_COLOUR.getBlue()) < 24) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }

    private static byte[] photo(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(PHOTO_COLOUR);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
