package org.restride.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A patient. Weeks postpartum are worked out from the delivery date, never stored. */
public record Patient(Long id, String displayName, LocalDate dateOfBirth, LocalDate deliveryDate,
                      DeliveryType deliveryType, Integer perinealTearGrade, int births, boolean breastfeeding,
                      List<String> goals, String notes) {
    public Patient {
        displayName = Check.line("name", displayName, 200);
        Check.present("delivery date", deliveryDate);
        if (dateOfBirth != null && !dateOfBirth.isBefore(deliveryDate)) {
            throw new ValidationException("date of birth", "must be before the delivery date");
        }
        Check.present("delivery type", deliveryType);
        Check.optionalRange("perineal tear grade", perinealTearGrade, 0, 4);
        Check.range("births", births, 1, 20);
        goals = Check.texts("goals", goals, 0, 10, 200);
        notes = Check.optionalText("notes", notes, 20_000);
    }

    public Patient withId(long newId) {
        return new Patient(newId, displayName, dateOfBirth, deliveryDate, deliveryType, perinealTearGrade, births,
                breastfeeding, goals, notes);
    }

    /** Whole weeks since the birth on the given day (0 before or on the day itself). */
    public int weeksPostpartum(LocalDate today) {
        return (int) Math.max(0, ChronoUnit.WEEKS.between(deliveryDate, today));
    }

    /** The first word of the display name, as the handout greets her. */
    public String firstName() {
        return firstNameOf(displayName);
    }

    /** The first word of a name as typed, e.g. for a handout printed from a template. */
    public static String firstNameOf(String name) {
        return name.strip().split("\\s+")[0];
    }
}
