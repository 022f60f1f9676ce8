package org.restride.ui.figure;

import org.restride.figure.Joint;
import org.restride.text.Words;

/**
 * Plain words for the figure model's names, from {@code text/en/ui-figure.properties}: "hookLying" reads "Hook
 * lying", "lThigh" reads "Left thigh"; a joint's slider says what it moves.
 */
public final class FigureWords {
    private final Words words;

    public FigureWords(Words words) {
        this.words = words;
    }

    /** A base pose's, body part's, prop's or body point's name, by its key. */
    public String of(String key) {
        return words.get("ui-figure.name." + key);
    }

    /** What a joint's slider moves, with its directions. */
    public String of(Joint joint) {
        return words.get("ui-figure.joint." + joint.key());
    }
}
