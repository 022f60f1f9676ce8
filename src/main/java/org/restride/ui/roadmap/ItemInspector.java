package org.restride.ui.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.Roadmap;
import org.restride.ui.common.GrowingText;

/** The selected exercise of the roadmap: its dosage and the PT's note to the patient, committed as they are made. */
final class ItemInspector extends VBox {
    private final RoadmapEditorViewModel model;
    private final Label title = new Label();
    private final DosageEditor dosage;
    private final TextArea note = new TextArea();
    private long shownKey = -1;
    private String shownName;
    /** Why the note she typed was not saved, while the box still holds it; null when it shows the saved note. */
    private String noteRefused;
    /** What the message line said when a field's value was refused, by field, until the field is saved. */
    private final Map<String, String> refusalsSaid = new HashMap<>();

    ItemInspector(RoadmapEditorViewModel model) {
        super(6);
        this.model = model;
        this.dosage = new DosageEditor(model.words(), model.storedText());
        getStyleClass().add("inspector");
        setId("inspector");
        setPadding(new Insets(10, 16, 10, 16));
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        dosage.onChange((field, d) -> {
            model.setSelectedDosage(field, d);
            saved(field);
        });
        dosage.onRefused(e -> {
            model.refuse(e);
            refusalsSaid.put(e.field(), model.messageProperty().get());
        });
        model.showingRefused(this::refusedShowing, this::focusRefused);
        Label noteLabel = FieldLabel.of(model.text("editor.inspector.note"), note);
        note.setId("item-note");
        GrowingText.fit(note, 3);
        Commits.onLeave(note, this::commitNote, this::showNote);
        getChildren().addAll(title, dosage, noteLabel, note);
        model.selectionProperty().addListener((o, old, now) -> show());
        model.roadmapProperty().addListener((o, old, now) -> show());
        show();
    }

    DosageEditor dosage() {
        return dosage;
    }

    /** Puts the keyboard in the dosage's first field (Sets). */
    void focusFirstField() {
        dosage.focusFirstField();
    }

    private void show() {
        ItemSelection.Selected s = model.selectionProperty().get();
        Roadmap r = model.roadmapProperty().get();
        setVisible(s != null && r != null);
        if (s == null || r == null) {
            leave(-1, null);
            return;
        }
        Phase phase = r.phases().get(s.phase());
        Exercise exercise = model.exercise(s.item().exerciseId());
        String name = exercise == null ? s.item().exerciseId() : exercise.name();
        title.setText(model.text("editor.inspector.title", name, phase.name()));
        if (s.key() == shownKey) {
            dosage.update(s.item().dosage());
        } else {
            leave(s.key(), name);
            dosage.show(s.item().dosage());
        }
        note.setPromptText(model.storedText().words().get("editor.inspector.notePrompt"));
        if (noteRefused == null) {
            Commits.show(note, model.shown(s.item().note()));
        }
    }

    /** Saves the note as typed; one that breaks a rule stays in the box as she typed it, and the message says why. */
    private void commitNote() {
        if (model.setSelectedNote(note.getText())) {
            saved("note");
            showNote();
        } else {
            noteRefused = model.messageProperty().get();
            refusalsSaid.put("note", noteRefused);
        }
    }

    /** A field was saved: its old refusal, if the message line still shows it, goes. */
    private void saved(String field) {
        String refusal = refusalsSaid.remove(field);
        if (refusal != null && refusal.equals(model.messageProperty().get())) {
            model.messageProperty().set("");
        }
    }

    /**
     * Another exercise (or none) is shown: a dose field she was still correcting is not kept, and the message line
     * says so, naming the exercise it was for.
     */
    private void leave(long key, String name) {
        List<String> lost = new ArrayList<>(dosage.drop());
        if (noteRefused != null) {
            lost.add(noteRefused);
            noteRefused = null;
        }
        if (!lost.isEmpty()) {
            model.say("ui-dose.notKept", shownName, String.join(" ", lost));
        }
        shownKey = key;
        shownName = name;
    }

    /** What each field still showing refused text breaks (the dose's fields, then the note), in words. */
    private List<String> refusedShowing() {
        List<String> showing = new ArrayList<>(dosage.refusedShowing());
        if (noteRefused != null) {
            showing.add(noteRefused);
        }
        return showing;
    }

    /** Puts the keyboard in the first field still showing refused text. */
    private void focusRefused() {
        if (!dosage.refusedShowing().isEmpty()) {
            dosage.focusRefused();
        } else if (noteRefused != null) {
            note.requestFocus();
        }
    }

    /** Shows the selected exercise's saved note (after a commit, or Escape); true if the field changed. */
    private boolean showNote() {
        noteRefused = null;
        ItemSelection.Selected s = model.selectionProperty().get();
        return s != null && Commits.show(note, model.shown(s.item().note()));
    }
}
