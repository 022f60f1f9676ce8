package org.restride.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's patient-facing text in another language than the library's English: what a handout in that
 * language prints in place of the English. Every field but the name may be left out; a field left out prints in
 * English. The limits are the exercise's ({@link ExerciseWords}) and its dosage's.
 *
 * @param tempo the translation of the exercise's default {@code dosage.tempo}
 * @param note  the translation of the exercise's default {@code dosage.note}
 */
public record ExerciseText(String name, String summary, List<String> steps, List<String> cues, List<String> mistakes,
                           List<String> watchFor, String tempo, String note) {
    /** The fields a translation can give, by the names the library files use. */
    public enum Field { NAME, SUMMARY, STEPS, CUES, MISTAKES, WATCH_FOR, TEMPO, NOTE }

    public ExerciseText {
        name = ExerciseWords.name(name);
        summary = ExerciseWords.summary(summary, false);
        steps = ExerciseWords.steps(steps, 0);
        cues = ExerciseWords.cues(cues);
        mistakes = ExerciseWords.mistakes(mistakes);
        watchFor = ExerciseWords.watchFor(watchFor);
        tempo = Check.optionalText("tempo", tempo, Dosage.MAX_TEMPO);
        note = Check.optionalText("note", note, 2000);
    }

    /** The fields the English exercise has and this text does not give: those print in English. */
    public List<Field> missingFor(Exercise english) {
        List<Field> missing = new ArrayList<>();
        if (summary == null) {
            missing.add(Field.SUMMARY);
        }
        lacks(missing, Field.STEPS, english.steps(), steps);
        lacks(missing, Field.CUES, english.cues(), cues);
        lacks(missing, Field.MISTAKES, english.mistakes(), mistakes);
        lacks(missing, Field.WATCH_FOR, english.watchFor(), watchFor);
        if (english.defaultDosage().tempo() != null && tempo == null) {
            missing.add(Field.TEMPO);
        }
        if (english.defaultDosage().note() != null && note == null) {
            missing.add(Field.NOTE);
        }
        return missing;
    }

    private static void lacks(List<Field> missing, Field field, List<String> english, List<String> translated) {
        if (!english.isEmpty() && translated.isEmpty()) {
            missing.add(field);
        }
    }

    /** The exercise as it reads in this language: each field given replaces the English, the rest stays. */
    public Exercise applyTo(Exercise english) {
        Dosage d = english.defaultDosage();
        Dosage dosage = new Dosage(d.sets(), d.amount(), d.eachSide(), d.restSeconds(), d.timesPerDay(),
                d.daysPerWeek(), d.intensity(), or(tempo, d.tempo()), or(note, d.note()));
        return new Exercise(english.id(), name, or(summary, english.summary()), or(steps, english.steps()),
                or(cues, english.cues()), or(mistakes, english.mistakes()), or(watchFor, english.watchFor()),
                english.phases(), english.region(), english.equipment(), english.position(), english.impact(),
                english.pelvicFloorDemand(), english.tags(), dosage, english.easierId(), english.harderId(),
                english.source(), english.basedOnId(), english.archived());
    }

    private static String or(String translated, String english) {
        return translated == null ? english : translated;
    }

    private static List<String> or(List<String> translated, List<String> english) {
        return translated.isEmpty() ? english : translated;
    }
}
