package org.restride.ui.figure;

import org.restride.text.Sentence;
import java.util.Locale;

/** Plain words for the figure model's names: "hookLying" reads "Hook lying", "lThigh" reads "Left thigh". */
public final class FigureWords {
    private FigureWords() {
    }

    public static String of(String key) {
        if (key.equals("childsPose")) {
            return "Child's pose";
        }
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        if (spaced.startsWith("l ")) {
            spaced = "left " + spaced.substring(2);
        } else if (spaced.startsWith("r ")) {
            spaced = "right " + spaced.substring(2);
        }
        return Sentence.capitalized(spaced);
    }
}
