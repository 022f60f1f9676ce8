package org.restride.domain;

import java.util.List;
import java.util.regex.Pattern;

/** One exercise of the library, with everything a patient needs to do it at home. */
public record Exercise(
        String id,
        String name,
        String summary,
        List<String> steps,
        List<String> cues,
        List<String> mistakes,
        List<String> watchFor,
        List<PhaseKind> phases,
        Region region,
        List<Equipment> equipment,
        Position position,
        ImpactLevel impact,
        PelvicFloorDemand pelvicFloorDemand,
        List<String> tags,
        Dosage defaultDosage,
        String easierId,
        String harderId,
        ExerciseSource source,
        String basedOnId,
        boolean archived) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Exercise {
        id = checkId("id", id);
        name = ExerciseWords.name(name);
        summary = ExerciseWords.summary(summary, true);
        steps = ExerciseWords.steps(steps, 1);
        cues = ExerciseWords.cues(cues);
        mistakes = ExerciseWords.mistakes(mistakes);
        watchFor = ExerciseWords.watchFor(watchFor);
        phases = sortedDistinct("phases", phases);
        Check.present("region", region);
        equipment = sortedDistinct("equipment", equipment);
        Check.present("position", position);
        Check.present("impact", impact);
        Check.present("pelvicFloorDemand", pelvicFloorDemand);
        tags = Check.texts("tags", tags, 0, 12, 40);
        Check.present("dosage", defaultDosage);
        easierId = easierId == null ? null : checkId("easier", easierId);
        harderId = harderId == null ? null : checkId("harder", harderId);
        Check.present("source", source);
        basedOnId = basedOnId == null ? null : checkId("basedOn", basedOnId);
    }

    public boolean isBuiltIn() {
        return source == ExerciseSource.BUILT_IN;
    }

    /** A clinic-owned copy of this exercise under a new id, ready to edit. */
    public Exercise copyForClinic(String newId, String newName) {
        return new Exercise(newId, newName, summary, steps, cues, mistakes, watchFor, phases, region, equipment,
                position, impact, pelvicFloorDemand, tags, defaultDosage, easierId, harderId,
                ExerciseSource.CLINIC, isBuiltIn() ? id : basedOnId, false);
    }

    public Exercise withArchived(boolean value) {
        return new Exercise(id, name, summary, steps, cues, mistakes, watchFor, phases, region, equipment,
                position, impact, pelvicFloorDemand, tags, defaultDosage, easierId, harderId, source, basedOnId, value);
    }

    private static String checkId(String field, String value) {
        String id = Check.text(field, value, 80);
        if (!ID.matcher(id).matches()) {
            throw new ValidationException(field, "slug", id);
        }
        return id;
    }

    private static <E extends Enum<E>> List<E> sortedDistinct(String field, List<E> values) {
        if (values == null || values.isEmpty()) {
            throw new ValidationException(field, "noneNamed");
        }
        return values.stream().distinct().sorted().toList();
    }
}
