package org.restride.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;
import org.restride.library.BuiltInLibrary;

/**
 * Draws every built-in exercise's picture to target/pictures/&lt;id&gt;.png and all of them on one contact sheet
 * (target/pictures-contact-sheet.png) for review, and checks each is drawn, inside its frame.
 */
class BuiltInPicturesTest {
    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;
    private static final int BORDER = 2;
    private static final Path FOLDER = Path.of("target", "pictures");

    static BuiltInLibrary library;
    static BuiltInFigures figures;

    @BeforeAll
    static void load() {
        library = BuiltInLibrary.load();
        figures = BuiltInFigures.load();
    }

    @Test
    void everyBuiltInExerciseHasAFigureAndNoFigureIsOrphaned() {
        Map<String, Exercise> exercises = library.exercisesById();
        List<String> missing = exercises.keySet().stream().filter(id -> figures.find(id).isEmpty()).sorted().toList();
        assertEquals(List.of(), missing, "exercises without a figure");
        List<String> orphans = figures.all().keySet().stream().filter(id -> !exercises.containsKey(id)).toList();
        assertEquals(List.of(), orphans);
    }

    @Test
    void everyPictureIsDrawnInsideItsFrame() throws IOException {
        Files.createDirectories(FOLDER);
        FigurePainter painter = new FigurePainter();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Figure> entry : figures.all().entrySet()) {
            String id = entry.getKey();
            FigurePainter.Box box = new FigurePainter.Box(0, 0, WIDTH, HEIGHT);
            FigurePainter.Box inked = painter.paintedBounds(entry.getValue(), 0, 0, WIDTH, HEIGHT);
            if (!box.contains(inked)) {
                problems.add(id + ": painted bounds " + inked + " leave the frame");
            }
            BufferedImage image = render(painter, entry.getValue(), WIDTH, HEIGHT);
            ImageIO.write(image, "png", FOLDER.resolve(id + ".png").toFile());
            int ink = inkPixels(image, 0, 0, WIDTH, HEIGHT);
            int inner = inkPixels(image, BORDER, BORDER, WIDTH - 2 * BORDER, HEIGHT - 2 * BORDER);
            if (ink < WIDTH * HEIGHT / 50) {
                problems.add(id + ": almost nothing drawn (" + ink + " pixels)");
            }
            if (ink != inner) {
                problems.add(id + ": " + (ink - inner) + " pixels on the outermost " + BORDER + " px");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void contactSheetOfAllPictures() throws IOException {
        int cols = 12;
        int cellW = 200;
        int cellH = 150;
        int label = 26;
        List<Exercise> exercises = library.exercises();
        int rows = (exercises.size() + cols - 1) / cols;
        BufferedImage sheet = new BufferedImage(cols * cellW, rows * (cellH + label), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FigurePainter painter = new FigurePainter();
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            int x = (i % cols) * cellW;
            int y = (i / cols) * (cellH + label);
            painter.paint(figures.find(exercise.id()).orElseThrow(), new Graphics2DCanvas(g), x, y, cellW, cellH);
            g.setTransform(new java.awt.geom.AffineTransform());
            g.setColor(new Color(0xDDDDDD));
            g.drawRect(x, y, cellW - 1, cellH + label - 1);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            g.drawString(exercise.name(), x + 4, y + cellH + 11);
            g.setColor(Color.GRAY);
            g.drawString(exercise.id(), x + 4, y + cellH + 22);
        }
        g.dispose();
        Path file = Path.of("target", "pictures-contact-sheet.png");
        ImageIO.write(sheet, "png", file.toFile());
        assertTrue(Files.size(file) > 10_000);
    }

    static BufferedImage render(FigurePainter painter, Figure figure, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        painter.paint(figure, new Graphics2DCanvas(g), 0, 0, width, height);
        g.dispose();
        return image;
    }

    static int inkPixels(BufferedImage image, int x0, int y0, int w, int h) {
        int count = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }
}
