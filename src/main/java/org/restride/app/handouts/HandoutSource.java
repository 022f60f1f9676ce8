package org.restride.app.handouts;

import java.util.List;
import java.util.Map;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Exercise;
import org.restride.domain.Roadmap;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.text.Languages;

/**
 * What a handout is made from, as read from the data folder.
 *
 * @param patientFirstName her first name, or null to leave a line to write it on
 * @param exercises        the roadmap's exercises, its tests' exercises and their next steps, by id
 * @param savedWalkRun     her saved walk–run weeks, or null when none is saved
 * @param caesarean        whether her birth was by caesarean (a template says so in its key or title)
 * @param goals            her own goals, as the clinic wrote them on her details; empty when there are none
 * @param patientLanguage  the language chosen on her details, one the text package has ("es"); null to follow
 *                         the clinic's handout language
 */
public record HandoutSource(Roadmap roadmap, String patientFirstName, Map<String, Exercise> exercises,
                            ClinicProfile clinic, WalkRunPlan savedWalkRun, boolean caesarean, List<String> goals,
                            String patientLanguage) {
    public HandoutSource {
        exercises = Map.copyOf(exercises);
        goals = goals == null ? List.of() : List.copyOf(goals);
        patientLanguage = Languages.supported(patientLanguage);
    }

    /** A source that follows the clinic's handout language. */
    public HandoutSource(Roadmap roadmap, String patientFirstName, Map<String, Exercise> exercises,
                         ClinicProfile clinic, WalkRunPlan savedWalkRun, boolean caesarean, List<String> goals) {
        this(roadmap, patientFirstName, exercises, clinic, savedWalkRun, caesarean, goals, null);
    }
}
