package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Intensity;
import org.restride.domain.ValidationException;
import org.restride.domain.WeightUnit;

/** Dosage to and from JSON, in the format of the library files. */
public final class DosageJson {
    /** Every field a dosage has in a file, and those of its intensity (one kind at a time). */
    public static final Set<String> FIELDS = Set.of("sets", "unit", "min", "max", "eachSide", "restSeconds", "timesPerDay",
            "daysPerWeek", "intensity", "tempo", "note");
    public static final Set<String> INTENSITY_FIELDS = Set.of("rpe", "load", "loadUnit", "band");

    private DosageJson() {
    }

    public static Dosage read(JsonNode node) {
        JsonFields f = new JsonFields(node, "dosage");
        Amount amount = readAmount(f);
        Intensity intensity = JsonFields.nested("intensity", () -> readIntensity(f.object("intensity")));
        return new Dosage(f.integer("sets", Dosage.SETS), amount, f.bool("eachSide", false),
                f.optionalInteger("restSeconds", Dosage.REST_SECONDS), f.optionalInteger("timesPerDay", Dosage.TIMES_PER_DAY),
                f.optionalInteger("daysPerWeek", Dosage.DAYS_PER_WEEK), intensity,
                f.optionalText("tempo"), f.optionalText("note"));
    }

    static Amount readAmount(JsonFields f) {
        DoseUnit unit = DoseUnit.fromKey(f.text("unit"));
        return new Amount(unit, f.integer("min", Amount.bounds(unit)), f.optionalInteger("max", Amount.bounds(unit)));
    }

    public static ObjectNode write(Dosage d) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("sets", d.sets());
        writeAmount(node, d.amount());
        node.put("eachSide", d.eachSide());
        node.put("restSeconds", d.restSeconds());
        node.put("timesPerDay", d.timesPerDay());
        node.put("daysPerWeek", d.daysPerWeek());
        node.set("intensity", writeIntensity(d.intensity()));
        node.put("tempo", d.tempo());
        node.put("note", d.note());
        return node;
    }

    static void writeAmount(ObjectNode node, Amount amount) {
        node.put("unit", amount.unit().key());
        node.put("min", amount.min());
        node.put("max", amount.max());
    }

    private static Intensity readIntensity(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonFields f = new JsonFields(node, "intensity");
        if (f.has("rpe")) {
            return new Intensity.Rpe(f.integer("rpe", Intensity.Rpe.BOUNDS));
        }
        if (f.has("load")) {
            String unit = f.optionalText("loadUnit");
            return new Intensity.Load(f.optionalNumber("load", Intensity.Load.MAX),
                    unit == null ? WeightUnit.KG : WeightUnit.fromKey(unit));
        }
        if (f.has("band")) {
            return new Intensity.Band(f.text("band"));
        }
        throw new ValidationException("intensity", "json.intensity");
    }

    private static JsonNode writeIntensity(Intensity intensity) {
        if (intensity == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (intensity instanceof Intensity.Rpe rpe) {
            node.put("rpe", rpe.value());
        } else if (intensity instanceof Intensity.Load load) {
            node.put("load", load.value());
            node.put("loadUnit", load.unit().key());
        } else if (intensity instanceof Intensity.Band band) {
            node.put("band", band.colour());
        }
        return node;
    }
}
