package org.restride.ui.walkrun;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.restride.domain.ValidationException;

/** Reads a run or walk time as a PT types it: "1:30", "90 s", "2 min", or a plain number of minutes ("1.5"). */
final class TimeInput {
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):([0-5]\\d)");
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,5})\\s*(s|sec|secs|seconds?)");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*(m|min|mins|minutes?)?");

    private TimeInput() {
    }

    /** The time in whole seconds; a ValidationException naming the field when it cannot be read. */
    static int seconds(String field, String text) {
        String typed = text == null ? "" : text.strip().toLowerCase();
        Matcher clock = CLOCK.matcher(typed);
        if (clock.matches()) {
            return Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2));
        }
        Matcher seconds = SECONDS.matcher(typed);
        if (seconds.matches()) {
            return Integer.parseInt(seconds.group(1));
        }
        Matcher minutes = MINUTES.matcher(typed);
        if (minutes.matches()) {
            return new BigDecimal(minutes.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(60)).intValue();
        }
        throw new ValidationException(field, "typed.time", typed);
    }

    /** "1:30", as the fields show a time. */
    static String clock(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    static int whole(String field, String text) {
        String typed = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "typed.whole", typed);
        }
    }
}
