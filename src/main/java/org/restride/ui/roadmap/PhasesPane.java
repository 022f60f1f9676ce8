package org.restride.ui.roadmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.restride.domain.Criterion;
import org.restride.domain.Roadmap;
import org.restride.ui.common.ScrollIntoSight;

/**
 * The roadmap's phases as cards on one scrolling page: one card per place, made once and updated in place; the
 * selected exercise shown in its card; and what moves, is added or comes back with undo brought into sight, as Tab
 * does for a field.
 */
final class PhasesPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final RoadmapEditorViewModel model;
    private final Collection<Criterion> libraryCriteria;
    private final VBox phases = new VBox(14);
    private final List<PhaseCard> cards = new ArrayList<>();
    private final Label empty = new Label();
    private final ScrollPane scroller = new ScrollPane(phases);
    private final ScrollIntoSight sight = new ScrollIntoSight(scroller, 8);
    /** Set when a change of the selected exercise's place brought its row into sight. */
    private boolean selectionShown;

    PhasesPane(RoadmapEditorViewModel model, Collection<Criterion> libraryCriteria) {
        this.model = model;
        this.libraryCriteria = libraryCriteria;
        phases.setPadding(new Insets(12));
        phases.getStyleClass().add("phases");
        empty.setText(model.words().get("editor.ui.empty"));
        empty.getStyleClass().add("empty-note");
        scroller.setFitToWidth(true);
        scroller.setId("phases-scroller");
        model.roadmapProperty().addListener((o, old, now) -> sync());
        model.selectionProperty().addListener((o, old, now) -> {
            applySelection();
            if (now != null && (old == null || old.phase() != now.phase() || old.index() != now.index())) {
                showSelectedRow();
            }
        });
        model.selectedPhaseProperty().addListener((o, old, now) -> markSelected());
        sync();
    }

    ScrollPane node() {
        return scroller;
    }

    /** True if {@code target} is one of the phases' exercise lists. */
    boolean isList(Object target) {
        return cards.stream().anyMatch(c -> c.items() == target);
    }

    /** Puts the keyboard on the exercise list of the phase at {@code place}, if there is one. */
    boolean focusList(int place) {
        if (place < 0 || place >= cards.size()) {
            return false;
        }
        cards.get(place).items().requestFocus();
        return true;
    }

    /**
     * Makes a change and brings what it changed into sight: the selected exercise if it moved, else the part of the
     * phases where the roadmap first differs.
     */
    void showChange(Runnable change) {
        Roadmap before = model.roadmapProperty().get();
        selectionShown = false;
        change.run();
        if (!selectionShown) {
            ChangedPart.between(before, model.roadmapProperty().get()).ifPresent(c ->
                    sight.request(() -> c.phase() < cards.size() ? cards.get(c.phase()).part(c) : null));
        }
    }

    private void showSelectedRow() {
        selectionShown = true;
        sight.request(() -> {
            ItemSelection.Selected s = model.selectionProperty().get();
            return s == null || s.phase() >= cards.size() ? null : cards.get(s.phase()).row(s.index());
        });
    }

    /** After a phase's menu moved or removed a phase, the keyboard goes to the "⋯" at {@code place}, in sight. */
    private void focusMenu(int place) {
        if (place >= 0 && place < cards.size()) {
            Node menu = cards.get(place).focusActions();
            sight.request(() -> menu);
        }
    }

    /** Brings the cards in line with the roadmap: one card per place, each changing only what changed. */
    private void sync() {
        Roadmap r = model.roadmapProperty().get();
        if (r == null) {
            phases.getChildren().clear();
            cards.clear();
            return;
        }
        while (cards.size() > r.phases().size()) {
            phases.getChildren().remove(cards.remove(cards.size() - 1));
        }
        while (cards.size() < r.phases().size()) {
            PhaseCard card = new PhaseCard(cards.size(), model, libraryCriteria, this::focusMenu);
            cards.add(card);
            phases.getChildren().add(card);
        }
        if (r.phases().isEmpty() != phases.getChildren().contains(empty)) {
            if (r.phases().isEmpty()) {
                phases.getChildren().add(empty);
            } else {
                phases.getChildren().remove(empty);
            }
        }
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).update(r.phases().get(i), i == r.currentPhase());
            cards.get(i).showPlace(cards.size());
        }
        markSelected();
        applySelection();
    }

    /** Shows the selection in its card; if the keyboard was in a list, it goes with the item into its phase's list. */
    private void applySelection() {
        ItemSelection.Selected s = model.selectionProperty().get();
        Node focused = scroller.getScene() == null ? null : scroller.getScene().getFocusOwner();
        boolean inAList = isList(focused);
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).selectItem(s != null && s.phase() == i ? s.index() : -1);
        }
        if (inAList && s != null && s.phase() < cards.size() && cards.get(s.phase()).items() != focused) {
            cards.get(s.phase()).items().requestFocus();
            model.selectedPhaseProperty().set(s.phase());
        }
    }

    private void markSelected() {
        int selected = model.selectedPhaseProperty().get();
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).pseudoClassStateChanged(SELECTED, i == selected);
        }
    }
}
