package org.restride.ui.patients;

import java.time.format.ResolverStyle;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.restride.domain.ValidationException;

/**
 * Reads a date as a PT types it: 2026-10-01, 1/10/2026, 1.10.2026, or "8w" / "8 weeks" meaning that many
 * weeks ago (handy for the delivery date when the patient says how far along she is).
 */
public final class DateInput {
    private static final Pattern WEEKS_AGO = Pattern.compile("(\\d{1,3})\\s*(w|wk|wks|week|weeks)( ago)?");
    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d/M/uuuu"), strict("d.M.uuuu"), strict("d-M-uuuu"));

    private DateInput() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date, or null for blank text; a ValidationException naming the field otherwise. */
    public static LocalDate parse(String field, String text, LocalDate today) {
        String typed = text == null ? "" : text.strip().toLowerCase();
        if (typed.isEmpty()) {
            return null;
        }
        Matcher weeks = WEEKS_AGO.matcher(typed);
        if (weeks.matches()) {
            return today.minusWeeks(Integer.parseInt(weeks.group(1)));
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        throw new ValidationException(field, "typed.date");
    }
}
