package org.restride.ui.roadmap;

import org.restride.domain.Bounds;
import org.restride.domain.Intensity;
import org.restride.domain.ValidationException;
import org.restride.domain.WeightUnit;
import org.restride.text.Excerpt;

/** Reads what the PT typed in a dose field: empty is none, anything else must be what the field takes. */
final class TypedDose {
    static final String NONE = "—";
    static final String BAND = "band";

    private TypedDose() {
    }

    /** A whole number within {@code bounds}, or null for an empty field. */
    static Integer number(String field, String typed, Bounds bounds) {
        String text = typed.strip();
        return text.isEmpty() ? null : TypedNumber.whole(field, text, bounds);
    }

    /** The intensity of a kind ("RPE", "kg", "lb", "band") and a typed value; none for none or an empty value. */
    static Intensity intensity(String kind, String typed) {
        String value = typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (kind == null || NONE.equals(kind)) {
            throw new ValidationException("intensity", "typed.intensityKind", Excerpt.of(value));
        }
        return switch (kind) {
            case "RPE" -> new Intensity.Rpe(TypedNumber.whole("rpe", value, Intensity.Rpe.BOUNDS));
            case "kg", "lb" -> new Intensity.Load(TypedNumber.decimal("load", value),
                    "kg".equals(kind) ? WeightUnit.KG : WeightUnit.LB);
            default -> new Intensity.Band(value);
        };
    }

    /** How an intensity shows: its kind in the choice, its value in the box. */
    record Shown(String kind, String value) {
    }

    static Shown shown(Intensity intensity) {
        if (intensity instanceof Intensity.Rpe rpe) {
            return new Shown("RPE", Integer.toString(rpe.value()));
        } else if (intensity instanceof Intensity.Load load) {
            return new Shown(load.unit() == WeightUnit.KG ? "kg" : "lb", load.amount());
        } else if (intensity instanceof Intensity.Band band) {
            return new Shown(BAND, band.colour());
        }
        return new Shown(NONE, "");
    }

    static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
