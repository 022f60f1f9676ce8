package org.restride.ui.roadmap;

import org.restride.domain.Intensity;
import org.restride.domain.ValidationException;
import org.restride.domain.WeightUnit;

/** Reads what the PT typed in a dose field: empty is none, anything else must be what the field takes. */
final class TypedDose {
    static final String NONE = "—";
    static final String BAND = "band";

    private TypedDose() {
    }

    /** A whole number, or null for an empty field. */
    static Integer number(String field, String typed) {
        String text = typed.strip();
        return text.isEmpty() ? null : whole(field, text);
    }

    /** The intensity of a kind ("RPE", "kg", "lb", "band") and a typed value; none for none or an empty value. */
    static Intensity intensity(String kind, String typed) {
        String value = typed.strip();
        if (kind == null || NONE.equals(kind) || value.isEmpty()) {
            return null;
        }
        return switch (kind) {
            case "RPE" -> new Intensity.Rpe(whole("RPE", value));
            case "kg", "lb" -> new Intensity.Load(decimal(value), "kg".equals(kind) ? WeightUnit.KG : WeightUnit.LB);
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

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "typed.wholeNumber");
        }
    }

    private static double decimal(String text) {
        try {
            return Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException("load", "typed.number");
        }
    }
}
