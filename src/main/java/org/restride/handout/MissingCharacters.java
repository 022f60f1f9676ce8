package org.restride.handout;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The warning for characters that no font could draw. */
final class MissingCharacters {
    private static final int MOST_LISTED = 12;

    private MissingCharacters() {
    }

    static Optional<String> describe(List<Integer> codePoints) {
        if (codePoints.isEmpty()) {
            return Optional.empty();
        }
        String listed = codePoints.stream().limit(MOST_LISTED)
                .map(cp -> new String(Character.toChars(cp)) + String.format(" (U+%04X)", cp))
                .collect(Collectors.joining(", "));
        String more = codePoints.size() > MOST_LISTED ? " and " + (codePoints.size() - MOST_LISTED) + " more" : "";
        String noun = codePoints.size() == 1 ? "1 character" : codePoints.size() + " characters";
        return Optional.of(noun + " could not be printed with the handout's fonts and show as \u25A1: " + listed + more + ".");
    }
}
