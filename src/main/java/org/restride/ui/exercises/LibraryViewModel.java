package org.restride.ui.exercises;

import java.util.function.Supplier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.restride.app.Problems;
import org.restride.ui.search.ExerciseSearchViewModel;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Equipment;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ImpactLevel;
import org.restride.domain.PelvicFloorDemand;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.domain.ValidationException;
import org.restride.store.ExerciseListing;
import org.restride.app.editing.LibraryEditing;
import org.restride.text.Words;
import org.restride.ui.common.Slugs;

/** The Library section: the chosen exercise, the clinic's own exercises, copies of built-ins, and archiving. */
public final class LibraryViewModel {
    private final LibraryEditing exercises;
    private final Words words;
    /** Ids given to new exercises here, whose save may still be waiting: never given twice. */
    private final Set<String> given = new HashSet<>();
    private final ExerciseSearchViewModel search;
    private final ObjectProperty<Exercise> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public LibraryViewModel(LibraryEditing exercises, ExerciseSearchViewModel search, Words words) {
        this.exercises = exercises;
        this.words = words;
        this.search = search;
    }

    /** Shows the exercise picked from the search results (read whole from the library). */
    public void select(ExerciseListing picked) {
        selected.set(exercises.find(picked.id()).orElse(null));
        message.set("");
    }

    /** A new exercise of the clinic's own, saved at once with a starting text to edit. */
    public Exercise createOwn() {
        String name = words.get("ui-library.new.name");
        Exercise draft = new Exercise(uniqueId(name), name, words.get("ui-library.new.summary"),
                List.of(words.get("ui-library.new.step1"), words.get("ui-library.new.step2"), words.get("ui-library.new.step3")),
                List.of(words.get("ui-library.new.cue")), List.of(), List.of(),
                List.of(PhaseKind.STRENGTH), Region.WHOLE_BODY, List.of(Equipment.NONE), Position.STANDING,
                ImpactLevel.NONE, PelvicFloorDemand.LOW, List.of(),
                Dosage.simple(3, new Amount(DoseUnit.REPS, 8, 12)), null, null, ExerciseSource.CLINIC, null, false);
        return add(draft, null, words.get("ui-library.added"));
    }

    /** The clinic's own copy of a built-in exercise, to edit; the built-in one stays as it is. */
    public Exercise copyForEditing(Exercise original) {
        Exercise copy = original.copyForClinic(uniqueId(original.name()), words.get("ui-library.copyName", original.name()));
        return add(copy, original.id(), words.get("ui-library.copied"));
    }

    /** Saves the edited exercise; a built-in one is refused, and a problem is shown instead. */
    public Optional<Exercise> save(Supplier<Exercise> edited) {
        try {
            Exercise exercise = edited.get();
            if (exercise.isBuiltIn()) {
                message.set(words.get("ui-library.builtIn"));
                return Optional.empty();
            }
            return Optional.of(saveAndSelect(exercise, words.get("ui-library.saved")));
        } catch (ValidationException e) {
            message.set(Problems.sentence(words, e));
            return Optional.empty();
        }
    }

    /** Archives (or brings back) an exercise: roadmaps that use it keep it. */
    public void setArchived(Exercise exercise, boolean archived) {
        selected.set(exercise.withArchived(archived));
        message.set(words.get(archived ? "ui-library.archived" : "ui-library.restored"));
        exercises.setArchived(exercise.id(), archived, search::refresh, this::failed);
    }

    /**
     * A new exercise shows once it is written: its pictures and photos belong to a row that must exist first.
     * The window does not wait for it.
     */
    private Exercise add(Exercise exercise, String copiedFrom, String note) {
        exercises.saveCopy(exercise, copiedFrom, () -> {
            selected.set(exercise);
            message.set(note);
            search.refresh();
        }, this::failed);
        return exercise;
    }

    private Exercise saveAndSelect(Exercise exercise, String note) {
        selected.set(exercise);
        message.set(note);
        exercises.save(exercise, search::refresh, this::failed);
        return exercise;
    }

    /** A write that failed: told on the message line; the exercise on show keeps the change, to save again. */
    private void failed(RuntimeException reason) {
        message.set(words.get("ui-saves.failed", Problems.sentence(words, reason)));
    }

    private String uniqueId(String name) {
        String id = "own-" + Slugs.unique(name, key -> given.contains("own-" + key) || exercises.exists("own-" + key));
        given.add(id);
        return id;
    }

    public ObjectProperty<Exercise> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ExerciseSearchViewModel search() {
        return search;
    }
}
