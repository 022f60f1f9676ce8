package org.restride.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.restride.ui.shell.Section;

/**
 * Walks the sample clinic's main screens as a PT meets them on a 1366×768 laptop, in light and in dark: her
 * details (and the Visit and History tabs), the roadmap list, each sample roadmap in the editor with each of its
 * exercises chosen in turn (so the dosage shows), the Library with an exercise chosen, Templates with one chosen,
 * and Settings. On each, after layout, it asks a check what it finds cut, and gathers the answers (each once).
 */
final class ScreenTour {
    /** What a check finds wrong on one screen; it runs on the JavaFX thread with the screen laid out. */
    interface Check {
        void find(Node root, String screen, List<String> found);
    }

    /** The sample clinic's roadmaps (Maya's, Léa's, Sofia's). */
    private static final long[] ROADMAPS = {1, 2, 3};

    private static final Set<String> PICTURED = ConcurrentHashMap.newKeySet();

    private ScreenTour() {
    }

    /** What the check finds, one finding a line (empty if nothing is cut). */
    static String walk(AppHarness app, Check check) {
        Set<String> found = new LinkedHashSet<>();
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            AppHarness.onFx(() -> app.root.shellModel().darkProperty().set(dark));
            AppHarness.onFx(() -> app.root.openPatient(1));
            for (String tab : new String[] {"details", "visit", "history"}) {
                AppHarness.onFx(() -> tabs(app).getSelectionModel().select(List.of("details", "visit", "history").indexOf(tab)));
                found.addAll(look(app, check, theme + " patient " + tab));
            }
            AppHarness.onFx(() -> app.root.shellModel().show(Section.ROADMAPS));
            found.addAll(look(app, check, theme + " roadmaps"));
            for (long roadmap : ROADMAPS) {
                AppHarness.onFx(() -> app.root.openRoadmap(roadmap));
                for (ListView<?> items : lists(app, "phase-items")) {
                    for (int i = 0; i < items.getItems().size(); i++) {
                        int item = i;
                        AppHarness.onFx(() -> items.getSelectionModel().select(item));
                        found.addAll(look(app, check, theme + " editor of roadmap " + roadmap));
                    }
                }
            }
            AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
            AppHarness.onFx(() -> lists(app, "list-view").stream().filter(l -> "library-results".equals(l.getId()))
                    .filter(l -> l.getScene() != null && l.isVisible()).forEach(l -> l.getSelectionModel().select(0)));
            found.addAll(look(app, check, theme + " library"));
            AppHarness.onFx(() -> app.root.shellModel().show(Section.TEMPLATES));
            AppHarness.onFx(() -> lists(app, "list-view").stream().filter(l -> "templates-list".equals(l.getId()))
                    .forEach(l -> l.getSelectionModel().select(0)));
            found.addAll(look(app, check, theme + " templates"));
            AppHarness.onFx(() -> app.root.shellModel().show(Section.SETTINGS));
            found.addAll(look(app, check, theme + " settings"));
        }
        return String.join(System.lineSeparator(), found);
    }

    private static TabPane tabs(AppHarness app) {
        return (TabPane) app.scene.getRoot().lookup("#patient-tabs");
    }

    /** The shown lists with a style class, in the order they appear. */
    private static List<ListView<?>> lists(AppHarness app, String styleClass) {
        List<ListView<?>> lists = new ArrayList<>();
        AppHarness.onFx(() -> app.scene.getRoot().lookupAll("." + styleClass).stream()
                .filter(n -> n instanceof ListView<?> && shown(n)).forEach(n -> lists.add((ListView<?>) n)));
        return lists;
    }

    private static List<String> look(AppHarness app, Check check, String screen) {
        if (PICTURED.add(screen)) {
            picture(app, screen);
        }
        List<String> found = new ArrayList<>();
        AppHarness.onFx(() -> {
            app.scene.getRoot().applyCss();
            app.scene.getRoot().layout();
            check.find(app.scene.getRoot(), screen, found);
        });
        return found;
    }

    /** Writes each screen once to target/screenshots/tour-SCREEN.png, for a person to look at. */
    private static void picture(AppHarness app, String screen) {
        try {
            app.screenshot("tour-" + screen.replace(' ', '-').replace(",", ""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** In the window and shown: it and every parent visible. */
    static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every shown node under {@code root}, parents before children. */
    static List<Node> shownNodes(Node root) {
        List<Node> nodes = new ArrayList<>();
        add(root, nodes);
        return nodes;
    }

    private static void add(Node node, List<Node> nodes) {
        if (!node.isVisible()) {
            return;
        }
        nodes.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                add(child, nodes);
            }
        }
    }
}
