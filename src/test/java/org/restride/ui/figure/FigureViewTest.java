package org.restride.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.restride.text.Words;
import org.restride.figure.BuiltInFigures;
import org.restride.figure.Figure;
import org.restride.figure.FigurePainter;
import org.restride.figure.FigureStyle;
import org.restride.figure.Graphics2DCanvas;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window draws a figure as the PDF and PNG paths do: the same ink in the same places. */
@ExtendWith(ApplicationExtension.class)
class FigureViewTest {
    private static final int WIDTH = 240;
    private static final int HEIGHT = 180;

    private final BuiltInFigures figures = BuiltInFigures.load();
    private FigureView view;

    @Start
    void start(Stage stage) {
        view = new FigureView(WIDTH, HEIGHT, Words.english());
        stage.setScene(new Scene(new StackPane(view), WIDTH, HEIGHT));
        // The stage is shared with the tests that ran before, and may keep a size one of them gave it.
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theWindowsDrawingMatchesTheSharedPainter() throws Exception {
        for (String id : List.of("bridge-band", "squat-bodyweight", "open-book-side-lying", "pelvic-floor-knack")) {
            Figure figure = figures.find(id).orElseThrow();
            BufferedImage screen = onScreen(figure);
            BufferedImage reference = reference(figure);
            int[] a = ink(screen);
            int[] b = ink(reference);
            for (int i = 0; i < 4; i++) {
                assertEquals(b[i], a[i], 2, id + ": ink edge " + i);
            }
            assertEquals(b[4], a[4], b[4] * 0.05, id + ": amount of body colour");
            assertTrue(a[4] > 200, id + " is drawn");
        }
    }

    @Test
    void itRepaintsWhenResized() throws Exception {
        Figure figure = figures.find("squat-bodyweight").orElseThrow();
        int before = ink(onScreen(figure))[4];
        WaitForAsyncUtils.asyncFx(() -> view.getScene().getWindow().setWidth(WIDTH * 2)).get();
        WaitForAsyncUtils.asyncFx(() -> view.getScene().getWindow().setHeight(HEIGHT * 2)).get();
        int after = ink(settled(image -> ink(image)[4] > before * 3))[4];
        assertTrue(after > before * 3, "twice the size, about four times the ink: " + before + " → " + after);
    }

    private BufferedImage onScreen(Figure figure) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.setFigure(figure)).get();
        return settled(image -> ink(image)[4] > 200);
    }

    /**
     * The view as drawn once it shows what is awaited, or as it is after a few seconds: the window lays out and paints
     * on its own pulses, which a loaded machine can put off past the first one.
     */
    private BufferedImage settled(Predicate<BufferedImage> shown) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = snapshot();
        while (!shown.test(image) && System.nanoTime() < until) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            image = snapshot();
        }
        return image;
    }

    private BufferedImage snapshot() throws Exception {
        return SwingFXUtils.fromFXImage(WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(), null);
    }

    private static BufferedImage reference(Figure figure) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        new FigurePainter().paint(figure, new Graphics2DCanvas(g), 0, 0, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    /** {minX, minY, maxX, maxY} of everything not white, and how many pixels are near the body colour. */
    private static int[] ink(BufferedImage image) {
        Color body = new Color(FigureStyle.DEFAULT.body().red(), FigureStyle.DEFAULT.body().green(), FigureStyle.DEFAULT.body().blue());
        int[] out = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, 0};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y), true);
                boolean paper = c.getAlpha() < 40 || (c.getRed() > 245 && c.getGreen() > 245 && c.getBlue() > 245);
                if (!paper) {
                    out[0] = Math.min(out[0], x);
                    out[1] = Math.min(out[1], y);
                    out[2] = Math.max(out[2], x);
                    out[3] = Math.max(out[3], y);
                }
                if (Math.abs(c.getRed() - body.getRed()) + Math.abs(c.getGreen() - body.getGreen())
                        + Math.abs(c.getBlue() - body.getBlue()) < 40 && c.getAlpha() > 200) {
                    out[4]++;
                }
            }
        }
        return out;
    }
}
