package org.restride.handout;

import java.time.LocalDate;
import java.util.List;
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
 * @param goals       what she told the clinic she wants to get back to, in her words ("Deadlift 60 kg"); may be empty
 */
public record HandoutRequest(Roadmap roadmap, String patientName, Map<String, Exercise> exercises,
                             ClinicProfile clinic, HandoutOptions options, LocalDate prepared, WalkRunPlan walkRun,
                             boolean caesarean, List<String> goals) {
    public HandoutRequest {
        Check.present("roadmap", roadmap);
        patientName = Check.optionalText("patient name", patientName, 200);
        exercises = Map.copyOf(exercises == null ? Map.of() : exercises);
        Check.present("clinic profile", clinic);
        Check.present("options", options);
        Check.present("prepared date", prepared);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** A request without her own goals. */
    public HandoutRequest(Roadmap roadmap, String patientName, Map<String, Exercise> exercises, ClinicProfile clinic,
                          HandoutOptions options, LocalDate prepared, WalkRunPlan walkRun, boolean caesarean) {
        this(roadmap, patientName, exercises, clinic, options, prepared, walkRun, caesarean, List.of());
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
        return new HandoutRequest(roadmap, patientName, exercises, clinic, newOptions, prepared, walkRun, caesarean, goals);
    }

    public HandoutRequest withWalkRun(WalkRunPlan plan) {
        return new HandoutRequest(roadmap, patientName, exercises, clinic, options, prepared, plan, caesarean, goals);
    }

    public HandoutRequest withCaesarean(boolean after) {
        return new HandoutRequest(roadmap, patientName, exercises, clinic, options, prepared, walkRun, after, goals);
    }

    public HandoutRequest withRoadmap(Roadmap changed) {
        return new HandoutRequest(changed, patientName, exercises, clinic, options, prepared, walkRun, caesarean, goals);
    }

    public HandoutRequest withExercises(Map<String, Exercise> changed) {
        return new HandoutRequest(roadmap, patientName, changed, clinic, options, prepared, walkRun, caesarean, goals);
    }

    public HandoutRequest withGoals(List<String> hers) {
        return new HandoutRequest(roadmap, patientName, exercises, clinic, options, prepared, walkRun, caesarean, hers);
    }
}
