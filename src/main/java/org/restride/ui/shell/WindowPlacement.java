package org.restride.ui.shell;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.restride.app.WindowSettings;

/** Remembers the window's size and position between starts, and keeps it on a screen that still exists. */
public final class WindowPlacement {
    private static final String KEY = "window.bounds";
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 760;

    private final WindowSettings settings;

    public WindowPlacement(WindowSettings settings) {
        this.settings = settings;
    }

    public void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<double[]> saved = settings.get(KEY).map(WindowPlacement::parse);
        double[] b = saved.orElse(new double[] {Double.NaN, Double.NaN,
                Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight()), 0});
        stage.setWidth(Math.max(900, b[2]));
        stage.setHeight(Math.max(600, b[3]));
        boolean onScreen = !Double.isNaN(b[0]) && !Screen.getScreensForRectangle(b[0], b[1], 100, 100).isEmpty();
        if (onScreen) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.length > 4 && b[4] == 1);
    }

    public void remember(Stage stage) {
        if (stage.isIconified()) {
            return;
        }
        settings.put(KEY, stage.getX() + "," + stage.getY() + "," + stage.getWidth() + "," + stage.getHeight() + ","
                + (stage.isMaximized() ? 1 : 0));
    }

    private static double[] parse(String text) {
        try {
            String[] parts = text.split(",");
            double[] values = new double[5];
            for (int i = 0; i < Math.min(parts.length, 5); i++) {
                values[i] = Double.parseDouble(parts[i]);
            }
            return values;
        } catch (NumberFormatException e) {
            return new double[] {Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, 0};
        }
    }
}
