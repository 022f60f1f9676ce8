package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.restride.domain.Equipment;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ImpactLevel;
import org.restride.domain.Keyed;
import org.restride.domain.PelvicFloorDemand;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;

/** An exercise to and from JSON, in the format of the library files. */
public final class ExerciseJson {
    /** Every field an exercise of a library file has: what {@link #write} writes and {@link #read} reads. */
    public static final Set<String> FIELDS = Set.of("id", "name", "summary", "steps", "cues", "mistakes", "watchFor",
            "phases", "region", "equipment", "position", "impact", "pelvicFloorDemand", "tags", "dosage", "easier",
            "harder", "source", "basedOn", "archived");

    private ExerciseJson() {
    }

    /**
     * Refuses a field that an exercise (or its dosage) of a library file does not have, naming it: a file from
     * another program, or a misspelt field that would otherwise be silently left out.
     */
    public static void requireKnownFields(JsonNode node) {
        JsonFields.onlyKnown(node, "", FIELDS, "exercise");
        JsonNode dosage = node == null ? null : node.get("dosage");
        if (dosage != null && dosage.isObject()) {
            JsonFields.onlyKnown(dosage, "dosage.", DosageJson.FIELDS, "exercise");
            JsonNode intensity = dosage.get("intensity");
            if (intensity != null && intensity.isObject()) {
                JsonFields.onlyKnown(intensity, "dosage.intensity.", DosageJson.INTENSITY_FIELDS, "exercise");
            }
        }
    }

    public static Exercise read(JsonNode node, ExerciseSource defaultSource) {
        JsonFields f = new JsonFields(node, "exercise");
        String source = f.optionalText("source");
        return new Exercise(
                f.text("id"),
                f.text("name"),
                f.text("summary"),
                f.texts("steps"),
                f.texts("cues"),
                f.texts("mistakes"),
                f.texts("watchFor"),
                keys(f, "phases", PhaseKind::fromKey),
                Region.fromKey(f.text("region")),
                keys(f, "equipment", Equipment::fromKey),
                Position.fromKey(f.text("position")),
                ImpactLevel.fromKey(f.text("impact")),
                PelvicFloorDemand.fromKey(f.text("pelvicFloorDemand")),
                f.texts("tags"),
                JsonFields.nested("dosage", () -> DosageJson.read(f.object("dosage"))),
                f.optionalText("easier"),
                f.optionalText("harder"),
                source == null ? defaultSource : ExerciseSource.fromKey(source),
                f.optionalText("basedOn"),
                f.bool("archived", false));
    }

    public static ObjectNode write(Exercise e) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", e.id());
        node.put("name", e.name());
        node.put("summary", e.summary());
        node.set("steps", texts(e.steps()));
        node.set("cues", texts(e.cues()));
        node.set("mistakes", texts(e.mistakes()));
        node.set("watchFor", texts(e.watchFor()));
        node.set("phases", texts(e.phases().stream().map(Keyed::key).toList()));
        node.put("region", e.region().key());
        node.set("equipment", texts(e.equipment().stream().map(Keyed::key).toList()));
        node.put("position", e.position().key());
        node.put("impact", e.impact().key());
        node.put("pelvicFloorDemand", e.pelvicFloorDemand().key());
        node.set("tags", texts(e.tags()));
        node.set("dosage", DosageJson.write(e.defaultDosage()));
        node.put("easier", e.easierId());
        node.put("harder", e.harderId());
        node.put("source", e.source().key());
        node.put("basedOn", e.basedOnId());
        node.put("archived", e.archived());
        return node;
    }

    public static ArrayNode texts(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static <E> List<E> keys(JsonFields f, String field, Function<String, E> parse) {
        return f.texts(field).stream().map(parse).toList();
    }
}
