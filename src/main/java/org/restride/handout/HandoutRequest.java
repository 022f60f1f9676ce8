package org.restride.handout;

import java.time.LocalDate;
import java.util.Map;
import org.restride.domain.Check;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Exercise;
import org.restride.domain.Roadmap;
import org.restride.domain.walkrun.WalkRunPlan;

/**
 * Everything a handout is made from.
 *
 * @param patientName how the handout greets the patient (her first name, see {@code Patient.firstName()}), or
 *                    null to leave a line to write the name on
 * @param exercises   the exercises of the roadmap's items by id; an id missing here prints a card with the
 *                    dosage only, and a warning
 * @param prepared    the date printed on the first page and in every footer
 * @param walkRun     her walk–run weeks, printed as a table in the first running phase; null when she has none
 * @param caesarean   whether she had a caesarean birth: the symptoms page then carries the wound signs
 */
public record HandoutRequest(Roadmap roadmap, String patientName, Map<String, Exercise> exercises,
                             ClinicProfile clinic, HandoutOptions options, LocalDate prepared, WalkRunPlan walkRun,
                             boolean caesarean) {
    public HandoutRequest {
        Check.present("roadmap", roadmap);
        patientName = Check.optionalText("patient name", patientName, 200);
        exercises = Map.copyOf(exercises == null ? Map.of() : exercises);
        Check.present("clinic profile", clinic);
        Check.present("options", options);
        Check.present("prepared date", prepared);
    }

    /** A request after a birth that was not by caesarean. */
    public HandoutRequest(Roadmap roadmap, String patientName, Map<String, Exercise> exercises, ClinicProfile clinic,
                          HandoutOptions options, LocalDate prepared, WalkRunPlan walkRun) {
        this(roadmap, patientName, exercises, clinic, options, prepared, walkRun, false);
    }

    /** A request without a walk–run plan. */
    public HandoutRequest(Roadmap roadmap, String patientName, Map<String, Exercise> exercises, ClinicProfile clinic,
                          HandoutOptions options, LocalDate prepared) {
        this(roadmap, patientName, exercises, clinic, options, prepared, null, false);
    }

    public HandoutRequest withOptions(HandoutOptions newOptions) {
        return new HandoutRequest(roadmap, patientName, exercises, clinic, newOptions, prepared, walkRun, caesarean);
    }

    public HandoutRequest withWalkRun(WalkRunPlan plan) {
        return new HandoutRequest(roadmap, patientName, exercises, clinic, options, prepared, plan, caesarean);
    }

    public HandoutRequest withCaesarean(boolean after) {
        return new HandoutRequest(roadmap, patientName, exercises, clinic, options, prepared, walkRun, after);
    }
}
