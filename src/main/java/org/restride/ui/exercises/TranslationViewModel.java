package org.restride.ui.exercises;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.app.Problems;
import org.restride.app.editing.LibraryEditing;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.domain.ValidationException;
import org.restride.text.Words;
import org.restride.ui.common.StoredText;

/**
 * One exercise's patient-facing text in one other language, as the Library shows it: editable for the clinic's own
 * exercises (each field committed on Enter or on leaving it, saved through the one writer), read-only for the
 * built-in ones. Every field left empty means no text in the language: the exercise prints in English.
 */
public final class TranslationViewModel {
    private final LibraryEditing exercises;
    private final Words words;
    private final String language;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty steps = new SimpleStringProperty("");
    private final StringProperty cues = new SimpleStringProperty("");
    private final StringProperty mistakes = new SimpleStringProperty("");
    private final StringProperty watchFor = new SimpleStringProperty("");
    private final StringProperty tempo = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    /** The exercise as it reads in the language (the English where a field has no text), or null when it has none. */
    private final ObjectProperty<Exercise> translated = new SimpleObjectProperty<>();
    private Exercise shown;
    /** What the store holds, as far as this window knows; {@code known} is false after a failed save. */
    private ExerciseText stored;
    private boolean known;
    private final StoredText clinicText;

    /**
     * @param words       the window's words
     * @param language    the text's language, a code of text/languages.properties
     * @param clinicWords the clinic's words in that language: the text shows its {clinician} and regional words as
     *                    they print, and keeps them while a field is left as shown
     */
    public TranslationViewModel(LibraryEditing exercises, Words words, String language, Supplier<Words> clinicWords) {
        this.exercises = exercises;
        this.words = words;
        this.language = language;
        this.clinicText = new StoredText(clinicWords);
    }

    /**
     * Shows the exercise's text in the language (empty fields when it has none); null shows nothing. The same
     * exercise shown again (its English just saved) keeps what the fields hold: a save of them may still be
     * waiting for the writer.
     */
    public void show(Exercise exercise) {
        if (exercise != null && shown != null && exercise.id().equals(shown.id())) {
            shown = exercise;
            translated.set(stored == null ? null : stored.applyTo(exercise));
            return;
        }
        shown = exercise;
        stored = exercise == null ? null : exercises.text(exercise.id(), language).orElse(null);
        known = true;
        clinicText.refresh();
        fill(stored);
        editable.set(exercise != null && !exercise.isBuiltIn());
        translated.set(exercise == null || stored == null ? null : stored.applyTo(exercise));
        message.set(stored == null || !editable.get() ? "" : stillInEnglish(stored, exercise));
    }

    /**
     * Saves what the fields hold if it differs from what is stored, or removes the text when every field is
     * empty; returns whether a save was queued. A refused text is told on the message line and nothing is saved.
     */
    public boolean commit() {
        if (shown == null || !editable.get()) {
            return false;
        }
        ExerciseText text;
        try {
            text = read();
        } catch (ValidationException e) {
            message.set(words.get("ui-translation.refused", languageName(), Problems.sentence(words, e)));
            return false;
        }
        if (known && Objects.equals(text, stored)) {
            message.set("");
            return false;
        }
        Exercise exercise = shown;
        stored = text;
        known = true;
        translated.set(text == null ? null : text.applyTo(exercise));
        message.set(text == null ? words.get("ui-translation.removed", languageName())
                : (words.get("ui-translation.saved", languageName()) + " " + stillInEnglish(text, exercise)).strip());
        exercises.saveText(exercise.id(), language, text, () -> { }, reason -> {
            if (shown == exercise) {
                known = false;
                message.set(words.get("ui-saves.failed", Problems.sentence(words, reason)));
            }
        });
        return true;
    }

    /** Which fields the English has and the text does not, that print in English (and make the preview warn). */
    private String stillInEnglish(ExerciseText text, Exercise english) {
        List<ExerciseText.Field> missing = text.missingFor(english);
        if (missing.isEmpty()) {
            return "";
        }
        return words.get("ui-translation.stillInEnglish", missing.stream().map(this::fieldName)
                .collect(Collectors.joining(", ")));
    }

    private String fieldName(ExerciseText.Field field) {
        String[] parts = field.name().toLowerCase(Locale.ROOT).split("_");
        String key = parts[0] + (parts.length > 1 ? Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1) : "");
        return words.get("ui-translation.field." + key).toLowerCase(Locale.ROOT);
    }

    /** The text the fields hold, or null when every field is empty. */
    ExerciseText read() {
        if (Stream.of(name, summary, steps, cues, mistakes, watchFor, tempo, note).allMatch(p -> p.get().isBlank())) {
            return null;
        }
        return new ExerciseText(kept(name, ExerciseText::name), kept(summary, ExerciseText::summary),
                lines(steps, ExerciseText::steps), lines(cues, ExerciseText::cues), lines(mistakes, ExerciseText::mistakes),
                lines(watchFor, ExerciseText::watchFor), kept(tempo, ExerciseText::tempo), kept(note, ExerciseText::note));
    }

    /** A field as stored while it still shows the stored text, else as typed. */
    private String kept(StringProperty field, Function<ExerciseText, String> part) {
        return clinicText.kept(stored == null ? null : part.apply(stored), field.get());
    }

    private void fill(ExerciseText t) {
        name.set(t == null ? "" : clinicText.shown(t.name()));
        summary.set(t == null ? "" : clinicText.shown(t.summary()));
        steps.set(t == null ? "" : clinicText.shown(String.join("\n", t.steps())));
        cues.set(t == null ? "" : clinicText.shown(String.join("\n", t.cues())));
        mistakes.set(t == null ? "" : clinicText.shown(String.join("\n", t.mistakes())));
        watchFor.set(t == null ? "" : clinicText.shown(String.join("\n", t.watchFor())));
        tempo.set(t == null ? "" : clinicText.shown(t.tempo()));
        note.set(t == null ? "" : clinicText.shown(t.note()));
    }

    /** A field of lines as stored while it still shows them, else as typed, a line each. */
    private List<String> lines(StringProperty text, Function<ExerciseText, List<String>> part) {
        if (stored != null && clinicText.showsAsStored(String.join("\n", part.apply(stored)), text.get())) {
            return part.apply(stored);
        }
        return Arrays.stream(text.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The language's name in the window's words ("Spanish"). */
    public String languageName() {
        return Locale.forLanguageTag(language).getDisplayLanguage(words.locale());
    }

    public String language() {
        return language;
    }

    public Words words() {
        return words;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public StringProperty cuesProperty() {
        return cues;
    }

    public StringProperty mistakesProperty() {
        return mistakes;
    }

    public StringProperty watchForProperty() {
        return watchFor;
    }

    public StringProperty tempoProperty() {
        return tempo;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ObjectProperty<Exercise> translatedProperty() {
        return translated;
    }
}
