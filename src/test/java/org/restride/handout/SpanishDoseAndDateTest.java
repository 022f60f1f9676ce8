package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.restride.app.DoseLine;
import org.restride.domain.Amount;
import org.restride.domain.ClinicProfile;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Intensity;
import org.restride.text.Words;

/** Dose lines with Spanish grammar and plurals, the Spanish date and clinician, in the handout and the window. */
class SpanishDoseAndDateTest {
    private static final ClinicProfile US = Roadmaps.clinic("Clinic", null).withCountry("US", ClinicianTerm.PHYSICAL_THERAPIST);
    private static final DoseWords SPANISH = new DoseWords(new HandoutText(US, "es"));
    private static final DoseWords ENGLISH = new DoseWords(new HandoutText(US, "en"));

    private static Dosage dose(int sets, Amount amount, boolean eachSide, Integer rest, Integer times, Integer days) {
        return new Dosage(sets, amount, eachSide, rest, times, days, null, null, null);
    }

    @Test
    void setsComeFirstThenTheRange() {
        Dosage squats = dose(3, new Amount(DoseUnit.REPS, 10, 15), true, 60, 3, 7);
        assertEquals("3 series de 10–15 de cada lado, descanso 1\u00a0min", SPANISH.what(squats));
        assertEquals("3 veces al día, todos los días", SPANISH.often(squats));
        assertEquals("10–15 times each side, rest 1\u00a0min, 3 rounds", ENGLISH.what(squats), "English as before");
        assertEquals("3 times a day, every day", ENGLISH.often(squats));
    }

    @Test
    void theRestsTimeIsNeverCutBetweenNumberAndUnit() {
        assertEquals("3 series de 10, descanso 1\u00a0min\u00a030\u00a0s",
                SPANISH.brief(dose(3, Amount.of(DoseUnit.REPS, 10), false, 90, null, null)));
    }

    @Test
    void oneOfSomethingIsSingular() {
        assertEquals("una vez al día, 1 día a la semana", SPANISH.often(dose(1, Amount.of(DoseUnit.REPS, 10), false, null, 1, 1)));
        assertEquals("dos veces al día, 4 días a la semana", SPANISH.often(dose(1, Amount.of(DoseUnit.REPS, 10), false, null, 2, 4)));
        assertEquals("10 veces", SPANISH.what(dose(1, Amount.of(DoseUnit.REPS, 10), false, null, null, null)));
        assertEquals("una vez", SPANISH.what(dose(1, Amount.of(DoseUnit.REPS, 1), false, null, null, null)));
        assertEquals("1 respiración", SPANISH.what(dose(1, Amount.of(DoseUnit.BREATHS, 1), false, null, null, null)));
        assertEquals("2 series de 6 respiraciones", SPANISH.what(dose(2, Amount.of(DoseUnit.BREATHS, 6), false, 0, null, null)));
    }

    @Test
    void holdsTimesAndEffortReadInSpanish() {
        Dosage holds = dose(10, Amount.of(DoseUnit.HOLD_SECONDS, 10), false, 10, null, 7);
        assertEquals("10 series de 10 s sostenidos, descanso 10\u00a0s", SPANISH.what(holds));
        Dosage walk = new Dosage(1, new Amount(DoseUnit.MINUTES, 20, 30), false, null, null, 3, new Intensity.Rpe(4), null, null);
        assertEquals("20–30 min, esfuerzo de 4 sobre 10", SPANISH.what(walk));
        assertEquals("20–30 min", SPANISH.brief(walk), "the table leaves the effort out");
    }

    @Test
    void theWindowsLineSharesTheGrammar() {
        DoseLine line = new DoseLine(Words.of(Locale.forLanguageTag("es")));
        assertEquals("3 series de 10 a 15 · de cada lado · descanso 1 min · 3 veces al día · todos los días",
                line.line(dose(3, new Amount(DoseUnit.REPS, 10, 15), true, 60, 3, 7)));
        assertEquals("10 repeticiones · una vez al día", line.line(dose(1, Amount.of(DoseUnit.REPS, 10), false, null, 1, null)));
        assertEquals("1 repetición", line.line(dose(1, Amount.of(DoseUnit.REPS, 1), false, null, null, null)));
        assertEquals("3 sets × 10–15 · each side · rest 1 min · 3 times a day · every day",
                new DoseLine(Words.english()).line(dose(3, new Amount(DoseUnit.REPS, 10, 15), true, 60, 3, 7)));
    }

    @Test
    void theDateTheClinicianAndTheEmergencyNumber() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertEquals("29 de noviembre de 2026", new HandoutText(US, "es").date(day));
        assertEquals("1 de marzo de 2027", new HandoutText(US.withCountry("MX", null), "es").date(LocalDate.of(2027, 3, 1)));
        assertEquals("November 29, 2026", new HandoutText(US, "en").date(day));
        assertEquals("29 November 2026", new HandoutText(US.withCountry("GB", null), "en").date(day));
        assertEquals("Hable con su terapeuta físico.", new HandoutText(US, "es").fill("Hable con su {clinician}."));
        assertEquals("Hable con su fisioterapeuta.", new HandoutText(US.withCountry("US", ClinicianTerm.PHYSIOTHERAPIST), "es")
                .fill("Hable con su {clinician}."));
        assertEquals("911", new HandoutText(US, "es").emergencyNumber());
        assertEquals("112", new HandoutText(US.withCountry("ES", null), "es").emergencyNumber());
    }
}
