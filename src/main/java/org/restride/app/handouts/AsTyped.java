package org.restride.app.handouts;

import java.util.ArrayList;
import java.util.List;
import org.restride.text.Words;

/**
 * What a handout in another language prints as the clinic typed it, since only the built-in texts are translated:
 * her goals, a title, phase names or purposes and notes that are not the built-in English. The PT can then type
 * them in her language.
 */
public record AsTyped(boolean goals, boolean title, int phaseTexts, int notes) {
    public static final AsTyped NOTHING = new AsTyped(false, false, 0, 0);

    public AsTyped withGoals(boolean hasGoals) {
        return new AsTyped(hasGoals, title, phaseTexts, notes);
    }

    /** "Printed as typed, not translated: her goals, 2 phase names or purposes"; empty when nothing is. */
    public String sentence(Words words) {
        List<String> parts = new ArrayList<>();
        if (goals) {
            parts.add(words.get("translation.asTyped.goals"));
        }
        if (title) {
            parts.add(words.get("translation.asTyped.title"));
        }
        if (phaseTexts > 0) {
            parts.add(words.get(phaseTexts == 1 ? "translation.asTyped.phaseText" : "translation.asTyped.phaseTexts",
                    phaseTexts));
        }
        if (notes > 0) {
            parts.add(words.get(notes == 1 ? "translation.asTyped.note" : "translation.asTyped.notes", notes));
        }
        return parts.isEmpty() ? "" : words.get("translation.asTyped", String.join(", ", parts));
    }
}
