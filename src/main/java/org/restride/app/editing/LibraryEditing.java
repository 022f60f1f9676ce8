package org.restride.app.editing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.restride.app.Writer;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseTextRepository;
import org.restride.text.Languages;

/**
 * The clinic's own exercises as the Library section changes them: read at once, each save handed to the one
 * background writer. {@code onSaved} runs on the window's thread once the library (and its search) holds the change.
 */
public final class LibraryEditing {
    private final ExerciseRepository exercises;
    private final ExerciseTextRepository texts;
    private final Writer writer;

    public LibraryEditing(ExerciseRepository exercises, ExerciseTextRepository texts, Writer writer) {
        this.exercises = exercises;
        this.texts = texts;
        this.writer = writer;
    }

    /** The exercise's patient-facing text in the language ("es"), if it has one. */
    public Optional<ExerciseText> text(String id, String language) {
        return texts.find(id, language);
    }

    /**
     * Queues the save of the exercise's text in the language, or its removal when {@code text} is null (it then
     * prints in English); returns at once. Saves of one exercise's text keep their order.
     */
    public void saveText(String id, String language, ExerciseText text, Runnable onSaved, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("exercise-text", id, language), () -> {
            if (text == null) {
                texts.remove(id, language);
            } else {
                texts.save(id, language, text);
            }
            return id;
        }, saved -> onSaved.run(), onFailure);
    }

    public Optional<Exercise> find(String id) {
        return exercises.find(id);
    }

    public boolean exists(String id) {
        return exercises.find(id).isPresent();
    }

    /** Queues the save of {@code exercise}; returns at once. */
    public void save(Exercise exercise, Runnable onSaved, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("exercise", exercise.id()), () -> {
            exercises.save(exercise);
            return exercise;
        }, saved -> onSaved.run(), onFailure);
    }

    /**
     * Queues the save of a new exercise and, when it is a copy of the exercise {@code copiedFrom} (or null), of
     * that exercise's texts in other languages with it, in one write: a copy of a built-in one prints in Spanish as
     * the original does. Returns at once.
     */
    public void saveCopy(Exercise exercise, String copiedFrom, Runnable onSaved, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("exercise", exercise.id()), () -> {
            exercises.save(exercise);
            if (copiedFrom != null) {
                for (String language : Languages.codes()) {
                    if (!language.equals(Languages.DEFAULT)) {
                        texts.find(copiedFrom, language).ifPresent(text -> texts.save(exercise.id(), language, text));
                    }
                }
            }
            return exercise;
        }, saved -> onSaved.run(), onFailure);
    }

    /** Queues archiving (or bringing back) the exercise; returns at once. */
    public void setArchived(String id, boolean archived, Runnable onSaved, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("exercise-archived", id), () -> {
            exercises.setArchived(id, archived);
            return id;
        }, saved -> onSaved.run(), onFailure);
    }
}
