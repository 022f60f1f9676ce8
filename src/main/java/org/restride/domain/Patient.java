package org.restride.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A patient. Weeks postpartum are worked out from the delivery date, never stored. Her handout language is a
 * language code ("en", "es"), or null to follow the clinic's handout language.
 */
public record Patient(Long id, String displayName, LocalDate dateOfBirth, LocalDate deliveryDate,
                      DeliveryType deliveryType, Integer perinealTearGrade, int births, boolean breastfeeding,
                      List<String> goals, String notes, String handoutLanguage) {
    public Patient {
        displayName = Check.line("name", displayName, 200);
        Check.present("deliveryDate", deliveryDate);
        if (dateOfBirth != null && !dateOfBirth.isBefore(deliveryDate)) {
            throw new ValidationException("dateOfBirth", "patient.bornAfterDelivery");
        }
        Check.present("deliveryType", deliveryType);
        Check.optionalRange("perinealTearGrade", perinealTearGrade, 0, 4);
        Check.range("births", births, 1, 20);
        goals = Check.texts("goals", goals, 0, 10, 200);
        notes = Check.optionalText("notes", notes, 20_000);
        handoutLanguage = LanguageCode.optional("handoutLanguage", handoutLanguage);
    }

    /** A patient whose handouts follow the clinic's language. */
    public Patient(Long id, String displayName, LocalDate dateOfBirth, LocalDate deliveryDate,
                   DeliveryType deliveryType, Integer perinealTearGrade, int births, boolean breastfeeding,
                   List<String> goals, String notes) {
        this(id, displayName, dateOfBirth, deliveryDate, deliveryType, perinealTearGrade, births, breastfeeding, goals,
                notes, null);
    }

    public Patient withId(long newId) {
        return new Patient(newId, displayName, dateOfBirth, deliveryDate, deliveryType, perinealTearGrade, births,
                breastfeeding, goals, notes, handoutLanguage);
    }

    /** The same patient, her handouts in {@code code} (null: the clinic's language). */
    public Patient withHandoutLanguage(String code) {
        return new Patient(id, displayName, dateOfBirth, deliveryDate, deliveryType, perinealTearGrade, births,
                breastfeeding, goals, notes, code);
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
